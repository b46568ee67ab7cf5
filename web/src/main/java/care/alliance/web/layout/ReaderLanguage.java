package care.alliance.web.layout;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import care.alliance.client.PreferencesService;
import care.alliance.web.signin.SignedInPerson;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language the reader reads Alliance in: the one chosen for them (a client's preferred
 * language, from sign-in on), or else the best match among their browser's languages, or else English. The
 * page template gives it to every view, so messages, dates and numbers follow it.
 */
@Named
@SessionScoped
public class ReaderLanguage implements Serializable {

    /** The languages Alliance is written in, English first as the default; faces-config.xml lists the same. */
    static final List<Locale> WRITTEN_IN = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    @Inject
    PreferencesService preferencesService;

    @Inject
    SignedInPerson signedInPerson;

    private Locale chosen;
    private boolean preferenceAsked;

    public Locale getLocale() {
        if (!preferenceAsked && signedInPerson.isSignedIn()) {
            // a client reads in the language they prefer from the moment they sign in
            preferenceAsked = true;
            preferencesService.myLanguage().ifPresent(language -> chosen = language.locale());
        }
        if (chosen != null) {
            return chosen;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return bestMatch(faces == null ? null : faces.getExternalContext().getRequestHeaderMap().get("Accept-Language"));
    }

    /**
     * Reads in the language of the tag from now on, or in English when Alliance is not written in
     * it; no tag at all goes back to following the browser.
     */
    public void use(String languageTag) {
        chosen = languageTag == null || languageTag.isBlank() ? null : bestMatch(languageTag);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            // The view in hand took its language when it was built; it is said in the new one too.
            faces.getViewRoot().setLocale(getLocale());
        }
    }

    /**
     * The language Alliance is written in that best matches the language ranges, given as an
     * Accept-Language header ("es-MX,es;q=0.9,en;q=0.8") or as one tag; English when none does.
     */
    static Locale bestMatch(String languageRanges) {
        if (languageRanges == null || languageRanges.isBlank()) {
            return WRITTEN_IN.get(0);
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(languageRanges), WRITTEN_IN);
            return match == null ? WRITTEN_IN.get(0) : match;
        } catch (IllegalArgumentException malformed) {
            return WRITTEN_IN.get(0);
        }
    }
}
