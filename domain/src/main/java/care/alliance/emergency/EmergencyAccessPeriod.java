package care.alliance.emergency;

import java.io.Serializable;
import java.time.Duration;

/**
 * How long an emergency access stays open, as the clinic sets it: long enough to deal with an
 * emergency, never so long that it becomes a way round the care team.
 */
public record EmergencyAccessPeriod(Duration length) implements Serializable {

    public static final int FEWEST_MINUTES = 5;
    public static final int MOST_MINUTES = 12 * 60;
    public static final int STANDARD_MINUTES = 60;

    public EmergencyAccessPeriod {
        if (length == null || length.compareTo(Duration.ofMinutes(FEWEST_MINUTES)) < 0
                || length.compareTo(Duration.ofMinutes(MOST_MINUTES)) > 0) {
            throw new IllegalArgumentException("An emergency access lasts between " + FEWEST_MINUTES + " and "
                    + MOST_MINUTES + " minutes; the clinic's setting says " + length + ".");
        }
    }

    public static EmergencyAccessPeriod ofMinutes(int minutes) {
        return new EmergencyAccessPeriod(Duration.ofMinutes(minutes));
    }
}
