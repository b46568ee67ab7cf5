package care.alliance.goal;

import java.io.Serializable;
import java.util.List;

/**
 * What the care plan shows of a client's goals by default: those still worked on, in full, and
 * how many are closed (achieved or discontinued), for the link that unfolds them.
 */
public record CurrentGoalsView(List<GoalView> goals, long closedCount) implements Serializable {

    public CurrentGoalsView {
        goals = List.copyOf(goals);
    }
}
