package care.alliance.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.goal.Goal;
import care.alliance.goal.GoalContent;
import care.alliance.goal.GoalStatus;
import care.alliance.goal.LifeArea;
import care.alliance.goal.Party;
import care.alliance.goal.Response;
import care.alliance.goal.Target;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import care.alliance.team.Discipline;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressCheckInTest {

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final Instant LATER = T0.plusSeconds(86_400);
    private static final long CLIENT = 7L;

    private static final Target AT_LEAST_FOUR_DAYS =
            new Target("days walked per week", new BigDecimal("4"), Target.Direction.AT_LEAST, null);
    private static final Target AT_MOST_TWO_DRINKS =
            new Target("drinks per week", new BigDecimal("2"), Target.Direction.AT_MOST, null);

    private static GoalContent content(String words, Target target) {
        return new GoalContent(words, null, LifeArea.MENTAL_HEALTH, EnumSet.of(Discipline.PSYCHOTHERAPY), target);
    }

    /** A goal in the given status: proposed by the therapist, agreed by the client, then moved on. */
    private static Goal goal(GoalStatus status, Target target) {
        Goal goal = Goal.propose(CLIENT, content("Walk most days", target), "sam.rivera", Party.PSYCHOTHERAPY, T0);
        if (status != GoalStatus.PROPOSED) {
            goal.respond(Party.CLIENT, "alex.morgan", Response.AGREE, null, T0.plusSeconds(60));
        }
        switch (status) {
            case REVISED -> goal.revise(content("Walk with a friend most days", target), "sam.rivera",
                    Party.PSYCHOTHERAPY, "company helps", T0.plusSeconds(120));
            case PAUSED -> goal.pause("maria.gomez", "in hospital", T0.plusSeconds(120));
            case ACHIEVED -> goal.markAchieved("sam.rivera", T0.plusSeconds(120));
            case DISCONTINUED -> goal.discontinue("sam.rivera", "moved away", T0.plusSeconds(120));
            default -> { }
        }
        assertEquals(status, goal.status(), "the goal is set up in the status the test needs");
        return goal;
    }

    private static Goal agreed(Target target) {
        return goal(GoalStatus.AGREED, target);
    }

    private static ProgressCheckIn checkIn(Goal goal, int rating, String measured, String note) {
        return new ProgressCheckIn(goal, new Rating(rating), measured == null ? null : new BigDecimal(measured), note,
                "alex.morgan", Party.CLIENT, LATER);
    }

    private static ProgressCheckIn withNote(String note) {
        return checkIn(agreed(null), 5, null, note);
    }

    // ------------------------------------------------------------------------------ which goals

    @ParameterizedTest
    @EnumSource(value = GoalStatus.class, names = {"AGREED", "REVISED"})
    void progressIsCheckedOnGoalsBeingWorkedOn(GoalStatus workedOn) {
        Goal goal = goal(workedOn, AT_LEAST_FOUR_DAYS);

        ProgressCheckIn checkIn = checkIn(goal, 6, "3", "Walked on Monday and Thursday");

        assertSame(goal, checkIn.goal());
        assertEquals(new Rating(6), checkIn.rating());
        assertEquals(new BigDecimal("3.00"), checkIn.measuredValue());
        assertEquals("Walked on Monday and Thursday", checkIn.note());
        assertEquals("alex.morgan", checkIn.by());
        assertEquals(Party.CLIENT, checkIn.byParty());
        assertEquals(LATER, checkIn.checkedInAt());
    }

    @ParameterizedTest
    @EnumSource(value = GoalStatus.class, names = {"PROPOSED", "PAUSED", "ACHIEVED", "DISCONTINUED"})
    void progressIsNotCheckedOnGoalsNotBeingWorkedOn(GoalStatus notWorkedOn) {
        Goal goal = goal(notWorkedOn, AT_LEAST_FOUR_DAYS);

        ChangeRefused refused = assertThrows(ChangeRefused.class, () -> checkIn(goal, 6, "3", null));
        assertFalse(refused.getMessage().isBlank());
    }

    @Test
    void aCheckInNeedsARating() {
        assertThrows(IllegalArgumentException.class, () -> new ProgressCheckIn(agreed(null), null, null, "fine",
                "sam.rivera", Party.PSYCHOTHERAPY, LATER));
    }

    @Test
    void someoneOfTheTeamMayCheckInToo() {
        ProgressCheckIn checkIn = new ProgressCheckIn(agreed(null), new Rating(4), null, null, "sam.rivera",
                Party.PSYCHOTHERAPY, LATER);

        assertEquals(Party.PSYCHOTHERAPY, checkIn.byParty());
        assertNull(checkIn.note());
        assertNull(checkIn.measuredValue());
    }

    // ------------------------------------------------------------------------------------ rating

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 9, 10})
    void aRatingIsAWholeNumberFromZeroToTen(int value) {
        assertEquals(value, new Rating(value).value());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11, -100, 100, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void aRatingOutsideZeroToTenIsRefused(int value) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new Rating(value));
        assertTrue(refused.getMessage().contains("0 to 10"));
    }

    @Test
    void ratingsAreEqualByValueAndShowOutOfTen() {
        assertEquals(new Rating(7), new Rating(7));
        assertEquals(new Rating(7).hashCode(), new Rating(7).hashCode());
        assertNotEquals(new Rating(7), new Rating(8));
        assertEquals("7/10", new Rating(7).toString());
    }

    // ------------------------------------------------------------------------------ reaching a target

    @ParameterizedTest(name = "at least 4, measured {0}: reached {1}")
    @CsvSource({"4, true", "4.00, true", "5, true", "3.99, false", "0, false"})
    void anAtLeastTargetIsReachedAtOrAboveItsValue(String measured, boolean reached) {
        assertEquals(reached, checkIn(agreed(AT_LEAST_FOUR_DAYS), 7, measured, null).reachedTarget());
    }

    @ParameterizedTest(name = "at most 2, measured {0}: reached {1}")
    @CsvSource({"2, true", "2.0, true", "1, true", "0, true", "2.01, false", "5, false"})
    void anAtMostTargetIsReachedAtOrBelowItsValue(String measured, boolean reached) {
        assertEquals(reached, checkIn(agreed(AT_MOST_TWO_DRINKS), 7, measured, null).reachedTarget());
    }

    @Test
    void aCheckInWithoutAMeasuredValueDoesNotReachTheTarget() {
        assertFalse(checkIn(agreed(AT_LEAST_FOUR_DAYS), 10, null, "Feeling great").reachedTarget());
        assertFalse(checkIn(agreed(AT_MOST_TWO_DRINKS), 10, null, null).reachedTarget(),
                "no value is not the same as zero");
    }

    @Test
    void aGoalWithoutATargetIsNeverReachedByACheckIn() {
        assertFalse(checkIn(agreed(null), 10, "1000", null).reachedTarget());
    }

    @Test
    void aRevisedGoalsTargetIsReachedLikeAnAgreedOne() {
        Goal revised = goal(GoalStatus.REVISED, AT_LEAST_FOUR_DAYS);

        assertTrue(checkIn(revised, 8, "4", null).reachedTarget());
        assertFalse(checkIn(revised, 8, "3", null).reachedTarget());
    }

    // ---------------------------------------------------------------------------- measured value

    @ParameterizedTest
    @ValueSource(strings = {"0.01", "9999999999.99", "-9999999999.99"})
    void aMeasuredValueWithinItsColumnIsKept(String measured) {
        assertEquals(new BigDecimal(measured), checkIn(agreed(AT_LEAST_FOUR_DAYS), 5, measured, null).measuredValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "1e20", "1e309", "10000000000"})
    void aMeasuredValueTooLargeForItsColumnIsRefusedNamingIt(String measured) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> checkIn(agreed(AT_LEAST_FOUR_DAYS), 5, measured, null));
        assertEquals("The measured value must be between -9,999,999,999.99 and 9,999,999,999.99.",
                refused.getMessage());
    }

    @Test
    void aMeasuredValueWithMoreThanTwoDecimalsIsRefusedNotRoundedToZero() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> checkIn(agreed(AT_MOST_TWO_DRINKS), 5, "0.001", null));
        assertTrue(refused.getMessage().startsWith("The measured value may have at most 2 digits"));
        assertEquals(Optional.of("measuredValue"), refused.field(), "the page says it beside the measured value");
    }

    // -------------------------------------------------------------------------------------- note

    @Test
    void theNoteIsOptionalAndTrimmed() {
        assertNull(withNote(null).note());
        assertNull(withNote("   ").note());
        assertEquals("Better week", withNote("  Better week \n").note());
    }

    @Test
    void theNoteHasAtMost1000Characters() {
        assertEquals(1000, withNote("x".repeat(1000)).note().length());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> withNote("x".repeat(1001)));
        assertTrue(refused.getMessage().contains("1000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<img src=x onerror=alert(1)>", "Good <i>week</i>", "&lt;3"})
    void theNoteMayNotCarryMarkup(String markup) {
        assertThrows(IllegalArgumentException.class, () -> withNote(markup));
    }

    @Test
    void theNoteKeepsItsLineBreaksAndTabsAndRefusesANulByte() {
        assertEquals("Walked:\n\tMonday\r\n\tThursday", withNote("Walked:\n\tMonday\r\n\tThursday").note());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> withNote("Walked\u0000"));
        assertTrue(refused.getMessage().startsWith("The note may not contain characters that are not text"));
    }

    @Test
    void aPlainLessThanSignInTheNoteIsWords() {
        assertEquals("Slept < 5 hours & walked", withNote("Slept < 5 hours & walked").note());
    }
}
