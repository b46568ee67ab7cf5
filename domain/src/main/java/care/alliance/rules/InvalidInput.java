package care.alliance.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * Input the rules do not take: missing, too long, marked up or out of range. Nothing changes, and
 * the person can put it right and try again.
 */
public class InvalidInput extends IllegalArgumentException implements Refusal {

    private final Wording why;
    private final String field;

    public InvalidInput(Wording why) {
        this(why, null);
    }

    /** Input refused for the named field, where the words themselves do not name it. */
    public InvalidInput(Wording why, String field) {
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
        return field == null ? why.field() : Optional.of(field);
    }
}
