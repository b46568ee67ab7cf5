package care.alliance.relationship;

import java.io.Serializable;
import java.time.Instant;

/** One alliance check-in as the team's trend chart and list show it. */
public record AllianceCheckInView(long id, int goals, int tasks, int bond, String comment, Instant submittedAt)
        implements Serializable {

    static AllianceCheckInView of(AllianceCheckIn checkIn) {
        AllianceScores scores = checkIn.scores();
        return new AllianceCheckInView(checkIn.id(), scores.goals().value(), scores.tasks().value(),
                scores.bond().value(), checkIn.comment().orElse(null), checkIn.submittedAt());
    }

    public int score(AllianceDimension dimension) {
        return switch (dimension) {
            case GOALS -> goals;
            case TASKS -> tasks;
            case BOND -> bond;
        };
    }
}
