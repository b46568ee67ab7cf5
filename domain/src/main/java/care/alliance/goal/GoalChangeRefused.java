package care.alliance.goal;

/** A change the goal's rules do not allow; the message says why, in words for the person asking. */
public class GoalChangeRefused extends RuntimeException {

    public GoalChangeRefused(String reason) {
        super(reason);
    }
}
