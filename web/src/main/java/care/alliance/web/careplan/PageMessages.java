package care.alliance.web.careplan;

import care.alliance.goal.ChangedMeanwhile;
import care.alliance.goal.GoalChangeRefused;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;

/**
 * Runs a change a person asked for and tells them how it went: done, refused by the rules (with
 * the rule's own words), or overtaken by someone else's change. Refusals by the access policy are
 * not caught here; they become the 403 page.
 */
public final class PageMessages {

    private PageMessages() {
    }

    /** The change's result, or null when it was refused and the person has been told why. */
    public static <T> T attempt(Supplier<T> change, String done) {
        try {
            T result = change.get();
            say(FacesMessage.SEVERITY_INFO, done);
            return result;
        } catch (IllegalArgumentException | GoalChangeRefused refused) {
            say(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        } catch (ChangedMeanwhile meanwhile) {
            say(FacesMessage.SEVERITY_WARN, meanwhile.getMessage());
        }
        return null;
    }

    private static void say(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
