package care.alliance.goal;

import java.util.List;

/** A client's goals that are still being worked on, and how many of their goals are closed. */
public record CurrentGoals(List<Goal> goals, long closedCount) {

    public CurrentGoals {
        goals = List.copyOf(goals);
    }
}
