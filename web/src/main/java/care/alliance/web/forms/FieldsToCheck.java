package care.alliance.web.forms;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * When a form comes back because a field could not be taken (a rating of "abc", a date that does
 * not exist), each field says why beside it; this says at the top that nothing was saved, where
 * people and screen readers look first. The page answers 422: the form was not taken.
 */
public class FieldsToCheck implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isValidationFailed()) {
            faces.getExternalContext().setResponseStatus(PageMessages.NOT_TAKEN);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    PageMessages.text(faces, "page.checkTheFields"), null));
        }
    }
}
