package care.alliance.access;

import care.alliance.rules.Refusal;
import care.alliance.rules.Wording;
import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * A service refused an access under the policy. The refusal has already been audited when this is
 * thrown; pages and the API answer it with 403.
 */
@ApplicationException(rollback = true)
public class AccessRefused extends RuntimeException implements Refusal {

    private final Wording why;

    public AccessRefused(Wording why) {
        super(why.in(Locale.ENGLISH));
        this.why = why;
    }

    @Override
    public Wording why() {
        return why;
    }
}
