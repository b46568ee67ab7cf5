package care.alliance.web.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinic's crisis resources, shown to a client at once when they answer PHQ-9 item 9 above
 * zero: the clinic's own words from configuration (ALLIANCE_CRISIS_RESOURCES_EN and
 * ALLIANCE_CRISIS_RESOURCES_ES), or, where a language has none, the default of the bundle, which
 * names the US 988 Suicide &amp; Crisis Lifeline and 911.
 */
@Named
@ApplicationScoped
public class CrisisResources {

    @Inject
    @ConfigProperty(name = "alliance.crisis.resources.en")
    Optional<String> english;

    @Inject
    @ConfigProperty(name = "alliance.crisis.resources.es")
    Optional<String> spanish;

    /** The words for the page's reader. */
    public String getText() {
        return textIn(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The words in the language, for a reader of the REST API as for a page's. */
    public String textIn(Locale locale) {
        Optional<String> configured = "es".equals(locale.getLanguage()) ? spanish : english;
        return configured.filter(text -> !text.isBlank()).orElseGet(() ->
                ResourceBundle.getBundle("care.alliance.web.messages", locale, CrisisResources.class.getClassLoader())
                        .getString("measure.crisis.default"));
    }
}
