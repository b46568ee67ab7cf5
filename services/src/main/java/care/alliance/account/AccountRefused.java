package care.alliance.account;

import care.alliance.rules.Refusal;
import care.alliance.rules.Wording;
import jakarta.ejb.ApplicationException;
import java.util.Locale;
import java.util.Optional;

/**
 * The identity provider would not open or change the account as asked, for a reason the person can
 * put right, such as a user name or email address another account already has. Nothing was changed.
 */
@ApplicationException(rollback = true)
public class AccountRefused extends RuntimeException implements Refusal {

    private final Wording why;
    private final String field;

    public AccountRefused(Wording why, String field) {
        super(why.in(Locale.ENGLISH));
        this.why = why;
        this.field = field;
    }

    @Override
    public Wording why() {
        return why;
    }

    @Override
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
