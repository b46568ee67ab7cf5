package care.alliance.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuptureWatchTest {

    private static final Instant FIRST = Instant.parse("2026-10-01T15:00:00Z");
    private static final long CLIENT = 4L;

    /** Check-ins a week apart, oldest first, each given as goals/tasks/bond. */
    private static List<AllianceCheckIn> weekly(int[]... answers) {
        List<AllianceCheckIn> checkIns = new ArrayList<>();
        for (int week = 0; week < answers.length; week++) {
            int[] a = answers[week];
            checkIns.add(new AllianceCheckIn(CLIENT, AllianceScores.of(a[0], a[1], a[2]), null, "alex.morgan",
                    FIRST.plusSeconds(week * 7L * 86_400)));
        }
        return checkIns;
    }

    private static List<RuptureSign> signsOfLast(RuptureWatch watch, List<AllianceCheckIn> checkIns) {
        AllianceCheckIn latest = checkIns.get(checkIns.size() - 1);
        return watch.signsIn(latest, checkIns.subList(0, checkIns.size() - 1));
    }

    @ParameterizedTest(name = "a first check-in of {0}/{1}/{2} shows {3} low answers")
    @CsvSource({
        "5, 5, 5, 0",
        "3, 3, 3, 0",
        "3, 4, 2, 1",
        "1, 4, 5, 1",
        "2, 2, 1, 3",
    })
    void aFirstCheckInIsReadForLowAnswersOnly(int goals, int tasks, int bond, int lows) {
        List<RuptureSign> signs = signsOfLast(RuptureWatch.STANDARD, weekly(new int[] {goals, tasks, bond}));

        assertEquals(lows, signs.size(), signs::toString);
        assertTrue(signs.stream().allMatch(sign -> sign.kind() == RuptureSign.Kind.LOW));
    }

    @Test
    void aLowBondIsASignOnTheBond() {
        List<RuptureSign> signs = signsOfLast(RuptureWatch.STANDARD, weekly(new int[] {4, 4, 2}));

        assertEquals(List.of(RuptureSign.low(AllianceDimension.BOND, new AllianceScore(2))), signs);
    }

    @Test
    void aFallOfTwoFromTheEarlierAverageIsAClearDrop() {
        List<RuptureSign> signs = signsOfLast(RuptureWatch.STANDARD,
                weekly(new int[] {5, 5, 5}, new int[] {5, 4, 5}, new int[] {5, 5, 5}, new int[] {5, 5, 3}));

        assertEquals(1, signs.size(), signs::toString);
        RuptureSign drop = signs.get(0);
        assertEquals(AllianceDimension.BOND, drop.dimension());
        assertEquals(RuptureSign.Kind.DROP, drop.kind());
        assertEquals(3, drop.score());
        assertEquals(5.0, drop.earlierAverage());
    }

    @Test
    void aFallJustShortOfTheDropIsNoSign() {
        // earlier average (5 + 4 + 4) / 3 = 4.33; a 3 is a fall of 1.33
        List<RuptureSign> signs = signsOfLast(RuptureWatch.STANDARD,
                weekly(new int[] {5, 5, 5}, new int[] {5, 5, 4}, new int[] {5, 5, 4}, new int[] {5, 5, 3}));

        assertEquals(List.of(), signs);
    }

    @Test
    void onlyTheLastFewCheckInsMakeTheAverage() {
        // the 1s of long ago are outside the look-back of three, so the 3 now is a drop from 5
        List<RuptureSign> signs = signsOfLast(RuptureWatch.STANDARD, weekly(new int[] {1, 1, 1}, new int[] {1, 1, 1},
                new int[] {5, 5, 5}, new int[] {5, 5, 5}, new int[] {5, 5, 5}, new int[] {3, 5, 5}));

        assertEquals(List.of(RuptureSign.drop(AllianceDimension.GOALS, new AllianceScore(3), 5.0)), signs);
    }

    @Test
    void aLowAnswerThatAlsoFellClearlyShowsBothSigns() {
        List<RuptureSign> signs = signsOfLast(RuptureWatch.STANDARD, weekly(new int[] {4, 4, 5}, new int[] {4, 4, 1}));

        assertEquals(List.of(RuptureSign.low(AllianceDimension.BOND, new AllianceScore(1)),
                RuptureSign.drop(AllianceDimension.BOND, new AllianceScore(1), 5.0)), signs);
    }

    @Test
    void aSteadilyModestAllianceIsNoRupture() {
        List<RuptureSign> signs = signsOfLast(RuptureWatch.STANDARD,
                weekly(new int[] {3, 3, 3}, new int[] {3, 3, 3}, new int[] {3, 3, 3}));

        assertEquals(List.of(), signs);
    }

    @Test
    void checkInsAfterTheLatestAreNotEarlier() {
        List<AllianceCheckIn> checkIns = weekly(new int[] {3, 3, 3}, new int[] {5, 5, 5});

        assertEquals(List.of(), RuptureWatch.STANDARD.signsIn(checkIns.get(0), checkIns));
    }

    @Test
    void aClinicMayWatchMoreClosely() {
        RuptureWatch close = new RuptureWatch(3, 1, 1);

        List<RuptureSign> signs = signsOfLast(close, weekly(new int[] {5, 5, 5}, new int[] {4, 5, 3}));

        assertEquals(List.of(RuptureSign.drop(AllianceDimension.GOALS, new AllianceScore(4), 5.0),
                RuptureSign.low(AllianceDimension.BOND, new AllianceScore(3)),
                RuptureSign.drop(AllianceDimension.BOND, new AllianceScore(3), 5.0)), signs);
    }

    @ParameterizedTest(name = "low {0}, drop {1}, look-back {2} is refused")
    @CsvSource({
        "0, 2, 3",
        "5, 2, 3",
        "2, 0, 3",
        "2, 5, 3",
        "2, 2, 0",
    })
    void marksOutsideTheScaleAreRefused(int low, int drop, int lookBack) {
        assertThrows(IllegalArgumentException.class, () -> new RuptureWatch(low, drop, lookBack));
    }

    @ParameterizedTest(name = "an answer of {0} is refused")
    @CsvSource({"0", "6", "-1"})
    void answersAreFromOneToFive(int answer) {
        assertThrows(IllegalArgumentException.class, () -> AllianceScores.of(3, answer, 3));
    }
}
