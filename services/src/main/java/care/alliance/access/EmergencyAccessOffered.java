package care.alliance.access;

import care.alliance.rules.Wording;
import jakarta.ejb.ApplicationException;

/**
 * A clinician off a client's care team was refused a read of the client's plan that an emergency
 * access would open: pages offer them to break the glass for this client, with a reason.
 */
@ApplicationException(rollback = true)
public class EmergencyAccessOffered extends AccessRefused {

    private final long clientId;

    public EmergencyAccessOffered(Wording why, long clientId) {
        super(why);
        this.clientId = clientId;
    }

    public long clientId() {
        return clientId;
    }
}
