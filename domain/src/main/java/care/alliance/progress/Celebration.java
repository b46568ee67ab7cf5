package care.alliance.progress;

import java.io.Serializable;
import java.time.Instant;

/**
 * Something the client achieved, to be celebrated where they see it.
 *
 * @param kind      what was achieved
 * @param goalWords the goal in the client's words, for a target reached or a goal achieved
 * @param weeks     how many weeks in a row, for a streak
 * @param at        when it was achieved
 */
public record Celebration(Kind kind, String goalWords, int weeks, Instant at) implements Serializable {

    /** What is celebrated. */
    public enum Kind {
        TARGET_REACHED,
        GOAL_ACHIEVED,
        TASK_STREAK
    }
}
