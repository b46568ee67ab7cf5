package care.alliance.measure;

import static care.alliance.measure.MeasureFixtures.TODAY;
import static care.alliance.measure.MeasureFixtures.gad7On;
import static care.alliance.measure.MeasureFixtures.phq9On;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.goal.Target;
import care.alliance.rules.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A goal's target on a questionnaire's total score: "PHQ-9 score at most 9 by March". */
class ScoreTargetTest {

    private static final LocalDate MARCH = LocalDate.of(2027, 3, 1);

    private static Target phq9AtMost(int score) {
        return Instrument.PHQ_9.target(BigDecimal.valueOf(score), Target.Direction.AT_MOST, MARCH);
    }

    @Test
    void theTargetNamesItsQuestionnaireAndItsScore() {
        Target target = phq9AtMost(9);

        assertEquals(Optional.of("PHQ_9"), target.scoredBy());
        assertEquals(Optional.of(Instrument.PHQ_9), Instrument.ofTarget(target));
        assertEquals("PHQ-9 score", target.measure());
        assertEquals(MARCH, target.byDate());
    }

    @Test
    void aTargetInWordsIsOnNoQuestionnaire() {
        Target walking = new Target("days walked per week", BigDecimal.valueOf(4), Target.Direction.AT_LEAST, null);

        assertEquals(Optional.empty(), walking.scoredBy());
        assertEquals(Optional.empty(), Instrument.ofTarget(walking));
        assertEquals(Optional.empty(), Instrument.ofTarget(null));
        assertFalse(phq9On(TODAY, 0).reaches(walking), "a score never reaches a target in words");
    }

    @Test
    void theSameNumbersOnAQuestionnaireAndInWordsAreDifferentTargets() {
        Target inWords = new Target("PHQ-9 score", BigDecimal.valueOf(9), Target.Direction.AT_MOST, MARCH);

        assertNotEquals(inWords, phq9AtMost(9));
        assertEquals(phq9AtMost(9), phq9AtMost(9));
        assertEquals(phq9AtMost(9).hashCode(), phq9AtMost(9).hashCode());
    }

    @ParameterizedTest(name = "PHQ-9 of {0} against at most 9: reached {1}")
    @CsvSource({"0, true", "8, true", "9, true", "10, false", "27, false"})
    void aScoreAtOrBelowAnAtMostTargetReachesIt(int total, boolean reached) {
        assertEquals(reached, phq9On(TODAY, total).reaches(phq9AtMost(9)));
    }

    @ParameterizedTest(name = "GAD-7 of {0} against at least 5: reached {1}")
    @CsvSource({"4, false", "5, true", "21, true"})
    void aScoreAtOrAboveAnAtLeastTargetReachesIt(int total, boolean reached) {
        Target target = Instrument.GAD_7.target(BigDecimal.valueOf(5), Target.Direction.AT_LEAST, null);

        assertEquals(reached, gad7On(TODAY, total).reaches(target));
    }

    @Test
    void aScoreOnAnotherQuestionnaireNeverReachesTheTarget() {
        assertFalse(gad7On(TODAY, 0).reaches(phq9AtMost(9)));
        assertTrue(phq9On(TODAY, 0).reaches(phq9AtMost(9)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 27})
    void aPhq9TargetRunsFromZeroToTwentySeven(int score) {
        assertEquals(0, BigDecimal.valueOf(score).compareTo(phq9AtMost(score).value()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "28", "9.5", "1e20"})
    void aPhq9TargetOutsideItsScoresIsRefusedBesideTheValue(String score) {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> Instrument.PHQ_9.target(new BigDecimal(score), Target.Direction.AT_MOST, MARCH));

        assertEquals("A PHQ-9 score is a whole number from 0 to 27.", refused.getMessage());
        assertEquals(Optional.of("targetValue"), refused.field());
    }

    @Test
    void aGad7TargetStopsAtTwentyOne() {
        Instrument.GAD_7.target(BigDecimal.valueOf(21), Target.Direction.AT_MOST, null);
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> Instrument.GAD_7.target(BigDecimal.valueOf(22), Target.Direction.AT_MOST, null));

        assertEquals("A GAD-7 score is a whole number from 0 to 21.", refused.getMessage());
    }

    @Test
    void aScoreTargetWithoutAValueIsRefusedAsAnyTargetIs() {
        assertThrows(InvalidInput.class, () -> Instrument.PHQ_9.target(null, Target.Direction.AT_MOST, MARCH));
        assertThrows(InvalidInput.class, () -> Instrument.PHQ_9.target(BigDecimal.ONE, null, MARCH));
    }

    @Test
    void aScoreTargetWholeNumberMayBeWrittenWithZeroDecimals() {
        assertEquals(0, BigDecimal.valueOf(9).compareTo(
                Instrument.PHQ_9.target(new BigDecimal("9.00"), Target.Direction.AT_MOST, MARCH).value()));
    }
}
