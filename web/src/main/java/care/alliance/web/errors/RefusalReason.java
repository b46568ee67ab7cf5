package care.alliance.web.errors;

import care.alliance.access.EmergencyAccessOffered;
import care.alliance.rules.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Why the services refused, for the 403 and 404 pages, in the page's language:
 * {@code #{refusalReason.text}}; empty when the page was not reached through a refusal. When an
 * emergency access would let the clinician in, {@code #{refusalReason.emergencyClient}} names the
 * client the page offers it for.
 */
@Named
@ApplicationScoped
public class RefusalReason {

    public String getText() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().getRequestMap().get(RefusalHandling.REFUSAL) instanceof Refusal refusal
                ? refusal.message(faces.getViewRoot().getLocale())
                : null;
    }

    /** The client whose plan an emergency access would open to the refused clinician; null when none would. */
    public Long getEmergencyClient() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(RefusalHandling.REFUSAL) instanceof EmergencyAccessOffered offered ? offered.clientId() : null;
    }
}
