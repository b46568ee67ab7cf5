package care.alliance.goal;

import care.alliance.access.ServiceWords;
import care.alliance.rules.Refusal;
import care.alliance.rules.Wording;
import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * Someone else changed the goal after this person opened it. Nothing of either change is lost:
 * theirs is saved, this one is not applied, and the goal as it is now comes back to be looked at
 * and changed again.
 */
@ApplicationException(rollback = true)
public class ChangedMeanwhile extends RuntimeException implements Refusal {

    private final Wording why;
    private final Serializable current;

    public ChangedMeanwhile(GoalView current) {
        this(ServiceWords.say("changed.goal", current.lastChangedBy(), current.clientWords(), current.status().term()),
                current);
    }

    /** For other records than goals: the words say what to do; there is no record to show. */
    public ChangedMeanwhile(Wording why) {
        this(why, null);
    }

    /** For another record than a goal, shown as it is now (a task's view, say) beside the words. */
    public ChangedMeanwhile(Wording why, Serializable current) {
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
        return current instanceof GoalView goal ? goal : null;
    }

    /** The record as it is now, when it is of this type. */
    public <T> Optional<T> currentAs(Class<T> type) {
        return type.isInstance(current) ? Optional.of(type.cast(current)) : Optional.empty();
    }
}
