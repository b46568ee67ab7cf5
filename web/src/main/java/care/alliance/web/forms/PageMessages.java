package care.alliance.web.forms;

import care.alliance.account.AccountRefused;
import care.alliance.account.AccountsUnavailable;
import care.alliance.goal.ChangedMeanwhile;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.Refusal;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a change a person asked for and tells them how it went, in the page's language: done,
 * refused by the rules (with the rule's own words, beside the field it is about; status 422), or
 * overtaken by someone else's change (409), or the same form sent a second time (409, nothing
 * saved again). Refusals by the access policy are not caught here;
 * they become the 403 page. A change done is usually followed by a redirect to the page anew,
 * which shows the confirmation: {@link MessagesAfterRedirect} carries it there.
 */
public final class PageMessages {

    /** The status of a page that comes back with input it could not take: well formed, not acceptable. */
    static final int NOT_TAKEN = 422;
    static final int CHANGED_MEANWHILE = 409;
    /** Keycloak, where accounts are kept, is away or refuses Alliance: nothing was done, try later. */
    static final int ACCOUNTS_UNAVAILABLE = 503;

    private PageMessages() {
    }

    /**
     * The change's result, or null when it was refused and the person has been told why. The
     * confirmation is the text under {@code doneKey} in the page's messages.
     */
    public static <T> T attempt(Supplier<T> change, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!SentForms.firstTime(faces)) {
            faces.getExternalContext().setResponseStatus(CHANGED_MEANWHILE);
            say(faces, FacesMessage.SEVERITY_WARN, text(faces, "page.sentTwice"));
            return null;
        }
        try {
            T result = change.get();
            say(faces, FacesMessage.SEVERITY_INFO, text(faces, doneKey));
            return result;
        } catch (IllegalArgumentException | ChangeRefused | AccountRefused refused) {
            refuse(faces, refused);
        } catch (AccountsUnavailable unavailable) {
            faces.getExternalContext().setResponseStatus(ACCOUNTS_UNAVAILABLE);
            say(faces, FacesMessage.SEVERITY_ERROR, unavailable.message(faces.getViewRoot().getLocale()));
        } catch (ChangedMeanwhile meanwhile) {
            faces.getExternalContext().setResponseStatus(CHANGED_MEANWHILE);
            say(faces, FacesMessage.SEVERITY_WARN, meanwhile.message(faces.getViewRoot().getLocale()));
        }
        return null;
    }

    /** Says the refusal beside its field when the submitted form has it, else at the top of the page. */
    private static void refuse(FacesContext faces, RuntimeException refused) {
        faces.getExternalContext().setResponseStatus(NOT_TAKEN);
        String why = why(faces, refused);
        Optional<UIComponent> field = refused instanceof Refusal refusal
                ? refusal.field().flatMap(name -> FormFields.inSubmittedForm(faces, name))
                : Optional.empty();
        if (field.isPresent()) {
            faces.addMessage(field.get().getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR, why, null));
            ((EditableValueHolder) field.get()).setValid(false);
            say(faces, FacesMessage.SEVERITY_ERROR, text(faces, "page.checkTheField"));
        } else {
            say(faces, FacesMessage.SEVERITY_ERROR, why);
        }
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

    static String text(FacesContext faces, String key) {
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    static void say(FacesContext faces, FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
