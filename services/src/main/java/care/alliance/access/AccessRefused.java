package care.alliance.access;

import jakarta.ejb.ApplicationException;

/**
 * A service refused an access under the policy. The refusal has already been audited when this is
 * thrown; pages and the API answer it with 403.
 */
@ApplicationException(rollback = true)
public class AccessRefused extends RuntimeException {

    public AccessRefused(String reason) {
        super(reason);
    }
}
