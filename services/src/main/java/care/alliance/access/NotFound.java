package care.alliance.access;

import care.alliance.rules.Refusal;
import care.alliance.rules.Wording;
import jakarta.ejb.ApplicationException;
import java.util.Locale;

/** The record asked for does not exist; pages and the API answer it with 404. */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException implements Refusal {

    private final Wording what;

    public NotFound(Wording what) {
        super(what.in(Locale.ENGLISH));
        this.what = what;
    }

    @Override
    public Wording why() {
        return what;
    }
}
