package care.alliance.relationship;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When a check-in suggests a rupture in the working relationship: an answer at or below the low
 * mark, or an answer that fell by at least the drop from the average of the client's last few
 * check-ins. Clinics tune the marks; the standard ones flag a 1 or 2, or a fall of 2 points.
 *
 * @param lowScore an answer at or below this is low
 * @param drop     a fall of at least this many points from the earlier average is a clear drop
 * @param lookBack how many earlier check-ins make the average
 */
public record RuptureWatch(int lowScore, int drop, int lookBack) {

    public static final RuptureWatch STANDARD = new RuptureWatch(2, 2, 3);

    public RuptureWatch {
        if (lowScore < AllianceScore.LOWEST || lowScore >= AllianceScore.HIGHEST) {
            throw new IllegalArgumentException("The low mark is from " + AllianceScore.LOWEST + " to "
                    + (AllianceScore.HIGHEST - 1) + ", not " + lowScore + ".");
        }
        if (drop < 1 || drop > AllianceScore.HIGHEST - AllianceScore.LOWEST) {
            throw new IllegalArgumentException("A drop is from 1 to " + (AllianceScore.HIGHEST - AllianceScore.LOWEST)
                    + " points, not " + drop + ".");
        }
        if (lookBack < 1) {
            throw new IllegalArgumentException("At least one earlier check-in makes the average, not " + lookBack + ".");
        }
    }

    /** What in the latest check-in suggests a rupture, read against the client's earlier check-ins. */
    public List<RuptureSign> signsIn(AllianceCheckIn latest, List<AllianceCheckIn> earlier) {
        List<AllianceCheckIn> recent = earlier.stream()
                .filter(checkIn -> checkIn.submittedAt().isBefore(latest.submittedAt()))
                .sorted(Comparator.comparing(AllianceCheckIn::submittedAt).reversed())
                .limit(lookBack)
                .toList();
        List<RuptureSign> signs = new ArrayList<>();
        for (AllianceDimension dimension : AllianceDimension.values()) {
            AllianceScore score = latest.score(dimension);
            if (score.value() <= lowScore) {
                signs.add(RuptureSign.low(dimension, score));
            }
            if (!recent.isEmpty()) {
                int sum = recent.stream().mapToInt(checkIn -> checkIn.score(dimension).value()).sum();
                // compared in whole numbers: sum / n - score >= drop, without rounding
                if (sum - score.value() * recent.size() >= drop * recent.size()) {
                    signs.add(RuptureSign.drop(dimension, score, (double) sum / recent.size()));
                }
            }
        }
        return signs;
    }
}
