package care.alliance.goal;

import care.alliance.rules.Refusal;
import care.alliance.rules.Wording;
import java.util.Locale;

/** A change the goal's rules do not allow; its words say why, for the person asking, in their language. */
public class GoalChangeRefused extends RuntimeException implements Refusal {

    private final Wording why;

    public GoalChangeRefused(Wording why) {
        super(why.in(Locale.ENGLISH));
        this.why = why;
    }

    @Override
    public Wording why() {
        return why;
    }
}
