package care.alliance.rules;

import java.util.Locale;

/**
 * A change the plan's rules do not allow — to a goal, a task, a check-in, a note or a rupture; its
 * words say why, for the person asking, in their language.
 */
public class ChangeRefused extends RuntimeException implements Refusal {

    private final Wording why;

    public ChangeRefused(Wording why) {
        super(why.in(Locale.ENGLISH));
        this.why = why;
    }

    @Override
    public Wording why() {
        return why;
    }
}
