package care.alliance.web.careplan;

import care.alliance.goal.ChangedMeanwhile;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.Refusal;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;

/**
 * Runs a change a person asked for and tells them how it went, in the page's language: done,
 * refused by the rules (with the rule's own words), or overtaken by someone else's change.
 * Refusals by the access policy are not caught here; they become the 403 page.
 */
public final class PageMessages {

    private PageMessages() {
    }

    /**
     * The change's result, or null when it was refused and the person has been told why. The
     * confirmation is the text under {@code doneKey} in the page's messages.
     */
    public static <T> T attempt(Supplier<T> change, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            T result = change.get();
            say(faces, FacesMessage.SEVERITY_INFO, text(faces, doneKey));
            return result;
        } catch (IllegalArgumentException | ChangeRefused refused) {
            say(faces, FacesMessage.SEVERITY_ERROR, why(faces, refused));
        } catch (ChangedMeanwhile meanwhile) {
            say(faces, FacesMessage.SEVERITY_WARN, meanwhile.message(faces.getViewRoot().getLocale()));
        }
        return null;
    }

    /**
     * The rules' own words; a plain IllegalArgumentException is a guard against a programming
     * mistake, whose English is for developers, so the reader gets the page's general answer.
     */
    private static String why(FacesContext faces, RuntimeException refused) {
        return refused instanceof Refusal refusal
                ? refusal.message(faces.getViewRoot().getLocale())
                : text(faces, "page.notAccepted");
    }

    private static String text(FacesContext faces, String key) {
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    private static void say(FacesContext faces, FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
