package care.alliance.web.layout;

import care.alliance.client.Language;
import care.alliance.client.PreferencesService;
import care.alliance.web.signin.SignedInPerson;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language pages are written in for this session: a client's preferred language from the
 * moment they sign in, else the browser's choice among the languages Alliance speaks.
 */
@Named
@SessionScoped
public class ReaderLanguage implements Serializable {

    @Inject
    transient PreferencesService preferencesService;

    @Inject
    transient SignedInPerson signedInPerson;

    private Locale chosen;
    private boolean preferenceAsked;

    public Locale getLocale() {
        if (!preferenceAsked && signedInPerson.isSignedIn()) {
            preferenceAsked = true;
            preferencesService.myLanguage().ifPresent(this::use);
        }
        return chosen != null ? chosen : FacesContext.getCurrentInstance().getApplication().getViewHandler()
                .calculateLocale(FacesContext.getCurrentInstance());
    }

    /** Pages from now on are in this language. */
    public void use(Language language) {
        chosen = language.locale();
    }
}
