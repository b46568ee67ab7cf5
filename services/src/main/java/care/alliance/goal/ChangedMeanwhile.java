package care.alliance.goal;

import care.alliance.access.ServiceWords;
import care.alliance.rules.Refusal;
import care.alliance.rules.Wording;
import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * Someone else changed the goal after this person opened it. Nothing of either change is lost:
 * theirs is saved, this one is not applied, and the goal as it is now comes back to be looked at
 * and changed again.
 */
@ApplicationException(rollback = true)
public class ChangedMeanwhile extends RuntimeException implements Refusal {

    private final Wording why;
    private final GoalView current;

    public ChangedMeanwhile(GoalView current) {
        this(ServiceWords.say("changed.goal", current.lastChangedBy(), current.clientWords(), current.status().term()),
                current);
    }

    /** For other records than goals: the words say what to do; there is no goal to show. */
    public ChangedMeanwhile(Wording why) {
        this(why, null);
    }

    private ChangedMeanwhile(Wording why, GoalView current) {
        super(why.in(Locale.ENGLISH));
        this.why = why;
        this.current = current;
    }

    @Override
    public Wording why() {
        return why;
    }

    /** The goal as it is now, or null when the record that changed is not a goal. */
    public GoalView current() {
        return current;
    }
}
