package care.alliance.goal;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * Someone else changed the goal after this person opened it. Nothing of either change is lost:
 * theirs is saved, this one is not applied, and the goal as it is now comes back to be looked at
 * and changed again.
 */
@ApplicationException(rollback = true)
public class ChangedMeanwhile extends RuntimeException {

    private final GoalView current;

    public ChangedMeanwhile(GoalView current) {
        super("While you were working, " + current.lastChangedBy() + " changed this goal. It now says: \""
                + current.clientWords() + "\" (" + current.status().name().toLowerCase(Locale.ROOT)
                + "). Your change was not saved; look at theirs and make yours again if it is still needed.");
        this.current = current;
    }

    /** For other records than goals: the message says what to do; there is no goal to show. */
    public ChangedMeanwhile(String message) {
        super(message);
        this.current = null;
    }

    /** The goal as it is now, or null when the record that changed is not a goal. */
    public GoalView current() {
        return current;
    }
}
