package care.alliance.rules;

import java.util.Locale;

/**
 * Input the rules do not take: missing, too long, marked up or out of range. Nothing changes, and
 * the person can put it right and try again.
 */
public class InvalidInput extends IllegalArgumentException implements Refusal {

    private final Wording why;

    public InvalidInput(Wording why) {
        super(why.in(Locale.ENGLISH));
        this.why = why;
    }

    @Override
    public Wording why() {
        return why;
    }
}
