package care.alliance.progress;

import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.BLAKE_PORTAL;
import static care.alliance.team.SmallClinic.NOOR;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.team.SmallClinic.Person.ALEX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.goal.GoalView;
import care.alliance.goal.LifeArea;
import care.alliance.goal.Party;
import care.alliance.goal.Target;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import care.alliance.team.Discipline;
import care.alliance.team.SmallClinic;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.PlanGoals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a client's goals are going, through {@link ProgressService} with real persistence; what a
 * call stored is read back through plain JDBC.
 */
class ProgressServiceTest {

    private ClinicDatabase database;
    private PlanGoals goals;
    private long alex;

    @BeforeEach
    void openTheClinic() {
        database = ClinicDatabase.migrated();
        goals = new PlanGoals(database);
        alex = SmallClinic.openIn(database).clientId(ALEX);
    }

    @AfterEach
    void closeTheClinic() {
        database.close();
    }

    private <T> T as(Caller caller, Function<ProgressService, T> call) {
        ProgressService service = database.progressService(caller);
        return database.call(() -> call.apply(service));
    }

    /** A check-in's row, as stored, without its time. */
    record Stored(long goalId, long clientId, int rating, BigDecimal measuredValue, String note, boolean reachedTarget,
            String by, String byParty) {
    }

    private List<Stored> stored() {
        return database.query("select goal_id, client_id, rating, measured_value, note, reached_target, by_username,"
                + " by_party from progress_check_in order by id", row -> {
                    List<Stored> all = new ArrayList<>();
                    while (row.next()) {
                        BigDecimal value = row.getBigDecimal(4);
                        all.add(new Stored(row.getLong(1), row.getLong(2), row.getInt(3),
                                value == null ? null : value.stripTrailingZeros(), row.getString(5), row.getBoolean(6),
                                row.getString(7), row.getString(8)));
                    }
                    return all;
                });
    }

    /** "Sleep at least 7 hours", agreed by the client and care management. */
    private GoalView sleepGoal() {
        return goals.agreed(MARIA, ALEX_PORTAL, alex, PlanGoals.content("Sleep through the night",
                LifeArea.MENTAL_HEALTH, new Target("hours of sleep", new BigDecimal("7"), Target.Direction.AT_LEAST, null),
                Discipline.CARE_MANAGEMENT));
    }

    @Test
    void checkInsOnAnAgreedGoalKeepRatingValueAndNoteAndFlagTheTargetReached() {
        GoalView sleep = sleepGoal();

        CheckInView first = as(ALEX_PORTAL, progress -> progress.checkIn(sleep.id(), 4, new BigDecimal("5.5"),
                "Woke up twice"));
        CheckInView second = as(SAM, progress -> progress.checkIn(sleep.id(), 6, null, "Sleep diary looks steadier"));
        CheckInView third = as(ALEX_PORTAL, progress -> progress.checkIn(sleep.id(), 8, new BigDecimal("7"), null));

        assertFalse(first.reachedTarget(), "5.5 hours is not yet 7");
        assertFalse(second.reachedTarget(), "no value measured");
        assertTrue(third.reachedTarget(), "7 hours reaches the target: celebrated where the client sees it");
        assertEquals(Party.CLIENT, first.byParty());
        assertEquals(Party.PSYCHOTHERAPY, second.byParty());

        assertEquals(List.of(
                new Stored(sleep.id(), alex, 4, new BigDecimal("5.5"), "Woke up twice", false, "alex.morgan", "CLIENT"),
                new Stored(sleep.id(), alex, 6, null, "Sleep diary looks steadier", false, "sam.rivera", "PSYCHOTHERAPY"),
                new Stored(sleep.id(), alex, 8, new BigDecimal("7"), null, true, "alex.morgan", "CLIENT")), stored());
    }

    @Test
    void aTargetOfAtMostIsReachedFromAbove() {
        GoalView drinks = goals.agreed(MARIA, ALEX_PORTAL, alex, PlanGoals.content("Fewer drinks at the weekend",
                LifeArea.PHYSICAL_HEALTH, new Target("drinks a week", new BigDecimal("4"), Target.Direction.AT_MOST, null),
                Discipline.CARE_MANAGEMENT));
        assertFalse(as(ALEX_PORTAL, progress -> progress.checkIn(drinks.id(), 5, new BigDecimal("9"), null)).reachedTarget());
        assertTrue(as(ALEX_PORTAL, progress -> progress.checkIn(drinks.id(), 7, new BigDecimal("4"), null)).reachedTarget());
    }

    @ParameterizedTest(name = "rating {0}")
    @ValueSource(ints = {-1, 11, 100, Integer.MIN_VALUE})
    void aRatingOutsideZeroToTenIsRefusedAndNothingIsStored(int rating) {
        GoalView sleep = sleepGoal();
        assertThrows(IllegalArgumentException.class,
                () -> as(ALEX_PORTAL, progress -> progress.checkIn(sleep.id(), rating, null, "out of range")));
        assertEquals(List.of(), stored());
    }

    @ParameterizedTest(name = "measured {0}")
    @ValueSource(strings = {"12345678901", "1e20", "1e309", "-10000000000", "0.001"})
    void aMeasuredValueItsColumnCannotHoldIsRefusedInWordsAndNothingIsStored(String measured) {
        GoalView sleep = sleepGoal();

        InvalidInput refused = assertThrows(InvalidInput.class, () -> as(ALEX_PORTAL,
                progress -> progress.checkIn(sleep.id(), 5, new BigDecimal(measured), null)));

        assertTrue(refused.getMessage().startsWith("The measured value "), refused.getMessage());
        assertEquals(List.of(), stored());
    }

    @Test
    void theLargestMeasuredValuesAndAZeroWrittenWithAnyExponentAreStored() {
        GoalView sleep = sleepGoal();

        for (String measured : List.of("9999999999.99", "-9999999999.99", "0E-999999999", "1.500")) {
            as(ALEX_PORTAL, progress -> progress.checkIn(sleep.id(), 5, new BigDecimal(measured), null));
        }

        assertEquals(List.of(new BigDecimal("9999999999.99"), new BigDecimal("-9999999999.99"), BigDecimal.ZERO,
                new BigDecimal("1.5")), stored().stream().map(Stored::measuredValue).toList());
    }

    @Test
    void aNoteKeepsItsLineBreaksAndANulByteIsRefused() {
        GoalView sleep = sleepGoal();

        as(ALEX_PORTAL, progress -> progress.checkIn(sleep.id(), 5, null, "Woke up twice.\n\tBack to sleep quickly."));
        assertThrows(InvalidInput.class,
                () -> as(ALEX_PORTAL, progress -> progress.checkIn(sleep.id(), 5, null, "Woke up\u0000")));

        assertEquals(List.of("Woke up twice.\n\tBack to sleep quickly."), stored().stream().map(Stored::note).toList());
    }

    @Test
    void theEndsOfTheScaleAreRatings() {
        GoalView sleep = sleepGoal();
        as(ALEX_PORTAL, progress -> progress.checkIn(sleep.id(), 0, null, null));
        as(ALEX_PORTAL, progress -> progress.checkIn(sleep.id(), 10, null, null));
        assertEquals(List.of(0, 10), stored().stream().map(Stored::rating).toList());
    }

    @Test
    void progressIsNotCheckedOnAGoalStillProposed() {
        GoalView proposed = goals.proposed(MARIA, alex, PlanGoals.content("Join a choir", LifeArea.SOCIAL, null,
                Discipline.CARE_MANAGEMENT, Discipline.PSYCHOTHERAPY));
        assertThrows(ChangeRefused.class, () -> as(ALEX_PORTAL, progress -> progress.checkIn(proposed.id(), 5, null, null)));
        assertThrows(ChangeRefused.class, () -> as(MARIA, progress -> progress.checkIn(proposed.id(), 5, null, null)));
        assertEquals(List.of(), stored());
    }

    @Test
    void markupInTheNoteIsRefused() {
        GoalView sleep = sleepGoal();
        assertThrows(IllegalArgumentException.class,
                () -> as(ALEX_PORTAL, progress -> progress.checkIn(sleep.id(), 5, null, "<script>alert(1)</script>")));
        assertEquals(List.of(), stored());
    }

    @Test
    void progressOfListsTheClientsCheckInsOldestFirst() {
        GoalView sleep = sleepGoal();
        GoalView walk = goals.agreedWithCareManagement(MARIA, ALEX_PORTAL, alex);
        List<Long> made = new ArrayList<>();
        made.add(as(ALEX_PORTAL, progress -> progress.checkIn(sleep.id(), 3, null, "first")).id());
        made.add(as(MARIA, progress -> progress.checkIn(walk.id(), 5, null, "second")).id());
        made.add(as(ALEX_PORTAL, progress -> progress.checkIn(sleep.id(), 7, new BigDecimal("7.5"), "third")).id());

        for (Caller reader : List.of(ALEX_PORTAL, SAM)) {
            List<CheckInView> listed = as(reader, progress -> progress.progressOf(alex));
            assertEquals(made, listed.stream().map(CheckInView::id).toList(), "oldest first for " + reader.username());
            assertEquals(List.of("first", "second", "third"), listed.stream().map(CheckInView::note).toList());
            for (int i = 1; i < listed.size(); i++) {
                assertFalse(listed.get(i).at().isBefore(listed.get(i - 1).at()), "in time order");
            }
            assertEquals(List.of(false, false, true), listed.stream().map(CheckInView::reachedTarget).toList());
            assertEquals(List.of(sleep.id(), walk.id(), sleep.id()), listed.stream().map(CheckInView::goalId).toList());
        }
    }

    @Test
    void aGoalsPageReadsOnlyThatGoalsCheckInsAndOnlyForThoseWhoMayReadTheGoal() {
        GoalView sleep = sleepGoal();
        GoalView walking = goals.agreedWithCareManagement(MARIA, ALEX_PORTAL, alex);
        CheckInView first = as(ALEX_PORTAL, progress -> progress.checkIn(sleep.id(), 4, null, "Woke up twice"));
        as(ALEX_PORTAL, progress -> progress.checkIn(walking.id(), 7, null, "Walked to the shop"));
        CheckInView second = as(SAM, progress -> progress.checkIn(sleep.id(), 6, null, null));

        for (Caller reader : List.of(ALEX_PORTAL, SAM, MARIA)) {
            assertEquals(List.of(first.id(), second.id()),
                    as(reader, progress -> progress.progressOfGoal(sleep.id())).stream().map(CheckInView::id).toList(),
                    "the sleep goal's own check-ins, oldest first, for " + reader.username());
        }
        for (Caller outsider : List.of(BLAKE_PORTAL, NOOR)) {
            assertThrows(AccessRefused.class, () -> as(outsider, progress -> progress.progressOfGoal(sleep.id())),
                    outsider.username() + " is not on Alex's plan");
        }
    }
}
