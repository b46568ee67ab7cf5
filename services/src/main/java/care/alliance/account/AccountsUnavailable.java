package care.alliance.account;

import care.alliance.access.ServiceWords;
import care.alliance.rules.Refusal;
import care.alliance.rules.Wording;
import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * The identity provider could not be reached, or would not let Alliance manage accounts (its
 * service account's secret or rights are wrong). Nothing was changed; the person tries again later
 * or asks whoever runs Keycloak.
 */
@ApplicationException(rollback = true)
public class AccountsUnavailable extends RuntimeException implements Refusal {

    private static final Wording WHY = ServiceWords.say("accounts.unavailable");

    public AccountsUnavailable(String detail, Throwable cause) {
        super(WHY.in(Locale.ENGLISH) + " (" + detail + ")", cause);
    }

    @Override
    public Wording why() {
        return WHY;
    }
}
