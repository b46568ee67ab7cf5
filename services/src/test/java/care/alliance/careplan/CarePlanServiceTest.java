package care.alliance.careplan;

import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.team.SmallClinic.Person.ALEX;
import static care.alliance.testing.ClinicDatabase.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.careplan.CarePlanView.ConcernView;
import care.alliance.goal.ChangedMeanwhile;
import care.alliance.team.SmallClinic;
import care.alliance.testing.ClinicDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client's care plan through {@link CarePlanService}, with real persistence: what a call did is
 * read back through plain JDBC, or by the service in a transaction of its own.
 */
class CarePlanServiceTest {

    private static final String SUMMARY = "Sleep-onset insomnia, PHQ-9 14 at intake.";

    private ClinicDatabase database;
    private long alex;

    @BeforeEach
    void openTheClinic() {
        database = ClinicDatabase.migrated();
        alex = SmallClinic.openIn(database).clientId(ALEX);
    }

    @AfterEach
    void closeTheClinic() {
        database.close();
    }

    private <T> T as(Caller caller, Function<CarePlanService, T> call) {
        CarePlanService service = database.carePlanService(caller);
        return database.call(() -> call.apply(service));
    }

    /** The plan as stored: version, concerns (words | summary) in order, strengths in order, review date. */
    record Stored(long version, List<String> concerns, List<String> strengths, LocalDate review) {
    }

    private long plansOf(long clientId) {
        return database.query("select count(*) from care_plan where client_id = " + clientId, row -> {
            row.next();
            return row.getLong(1);
        });
    }

    private Stored stored(long clientId) {
        return database.query("select id, version, next_review_on from care_plan where client_id = " + clientId, row -> {
            if (!row.next()) {
                return null;
            }
            long id = row.getLong(1);
            long version = row.getLong(2);
            LocalDate review = row.getObject(3, LocalDate.class);
            List<String> concerns = database.query("select client_words, clinical_summary from care_plan_concern"
                    + " where care_plan_id = " + id + " order by position", concern -> {
                        List<String> all = new ArrayList<>();
                        while (concern.next()) {
                            all.add(concern.getString(1) + " | " + concern.getString(2));
                        }
                        return all;
                    });
            List<String> strengths = database.query("select description from care_plan_strength"
                    + " where care_plan_id = " + id + " order by position", strength -> {
                        List<String> all = new ArrayList<>();
                        while (strength.next()) {
                            all.add(strength.getString(1));
                        }
                        return all;
                    });
            return new Stored(version, concerns, strengths, review);
        });
    }

    @Test
    void aClientWithoutAPlanHasAnEmptyOneUntilTheFirstChangeMakesIt() {
        CarePlanView none = as(MARIA, plans -> plans.planOf(alex));
        assertEquals(-1, none.version(), "no plan yet");
        assertTrue(none.concerns().isEmpty());
        assertTrue(none.strengths().isEmpty());
        assertNull(none.nextReviewOn());
        assertEquals(0, plansOf(alex), "reading makes no plan");

        CarePlanView made = as(MARIA, plans -> plans.addConcern(alex, -1, "I can't fall asleep before 3am", SUMMARY));

        assertEquals(1, plansOf(alex), "one plan for the client");
        Stored stored = stored(alex);
        assertEquals(List.of("I can't fall asleep before 3am | " + SUMMARY), stored.concerns());
        assertEquals(stored.version(), made.version());
        assertEquals(List.of(new ConcernView("I can't fall asleep before 3am", SUMMARY)), made.concerns());
    }

    @Test
    void concernsStrengthsAndTheReviewAreAddedAndRemovedOnTheOnePlan() {
        CarePlanView plan = as(MARIA, plans -> plans.addConcern(alex, -1, "Worried all the time", "GAD, moderate"));
        CarePlanView second = as(SAM, plans -> plans.addConcern(alex, plan.version(), "Lonely since the move", null));
        CarePlanView strength = as(PRIYA, plans -> plans.addStrength(alex, second.version(), "Loves cooking for friends"));
        CarePlanView another = as(MARIA, plans -> plans.addStrength(alex, strength.version(), "Walks the dog daily"));
        LocalDate review = TODAY.plusWeeks(6);
        CarePlanView reviewed = as(MARIA, plans -> plans.scheduleReview(alex, another.version(), review));

        Stored full = stored(alex);
        assertEquals(List.of("Worried all the time | GAD, moderate", "Lonely since the move | null"), full.concerns());
        assertEquals(List.of("Loves cooking for friends", "Walks the dog daily"), full.strengths());
        assertEquals(review, full.review());
        assertFalse(reviewed.reviewDue(), "six weeks away");
        assertTrue(plan.version() < second.version() && second.version() < strength.version()
                && strength.version() < another.version() && another.version() < reviewed.version(),
                "every change makes a new version");

        CarePlanView lessConcern = as(MARIA, plans -> plans.removeConcern(alex, reviewed.version(), 0));
        CarePlanView lessStrength = as(MARIA, plans -> plans.removeStrength(alex, lessConcern.version(), 1));

        Stored after = stored(alex);
        assertEquals(List.of("Lonely since the move | null"), after.concerns());
        assertEquals(List.of("Loves cooking for friends"), after.strengths());
        assertEquals(lessStrength.version(), after.version());
        assertEquals(1, plansOf(alex), "still one plan");

        CarePlanView read = as(SAM, plans -> plans.planOf(alex));
        assertEquals(List.of(new ConcernView("Lonely since the move", null)), read.concerns());
        assertEquals(List.of("Loves cooking for friends"), read.strengths());
        assertEquals(after.version(), read.version());
    }

    @Test
    void removingAnEntryThatIsNotThereIsRefusedAndChangesNothing() {
        CarePlanView plan = as(MARIA, plans -> plans.addStrength(alex, -1, "Good with numbers"));
        Stored before = stored(alex);
        assertThrows(IllegalArgumentException.class, () -> as(MARIA, plans -> plans.removeStrength(alex, plan.version(), 1)));
        assertThrows(IllegalArgumentException.class, () -> as(MARIA, plans -> plans.removeConcern(alex, plan.version(), 0)));
        assertEquals(before, stored(alex));
    }

    @Test
    void aChangeMadeOnAStaleVersionIsRefusedAndChangesNothing() {
        CarePlanView first = as(MARIA, plans -> plans.addConcern(alex, -1, "Can't face work", SUMMARY));
        CarePlanView second = as(SAM, plans -> plans.addStrength(alex, first.version(), "Plays guitar"));
        Stored before = stored(alex);

        ChangedMeanwhile stale = assertThrows(ChangedMeanwhile.class,
                () -> as(PRIYA, plans -> plans.addStrength(alex, first.version(), "Good friend")));
        assertNull(stale.current(), "not a goal");
        assertTrue(stale.getMessage().contains("not saved"), stale.getMessage());
        assertThrows(ChangedMeanwhile.class, () -> as(PRIYA, plans -> plans.addConcern(alex, -1, "Another first", null)),
                "\"no plan yet\" is stale once the plan is there");
        assertThrows(ChangedMeanwhile.class, () -> as(PRIYA, plans -> plans.removeConcern(alex, second.version() + 1, 0)),
                "a version from the future is not the plan's either");

        assertEquals(before, stored(alex), "nothing of the stale changes was stored");
        assertEquals(1, plansOf(alex));
    }

    @Test
    void aStaleChangeToAPlanNotYetMadeMakesNoPlan() {
        assertThrows(ChangedMeanwhile.class, () -> as(MARIA, plans -> plans.addStrength(alex, 0, "Kind")));
        assertEquals(0, plansOf(alex));
    }

    @Test
    void theClientReadsTheirPlanWithoutTheTeamsClinicalSummariesTheTeamWithThem() {
        CarePlanView plan = as(MARIA, plans -> plans.addConcern(alex, -1, "I can't fall asleep", SUMMARY));
        as(MARIA, plans -> plans.addStrength(alex, plan.version(), "Loves cooking"));

        CarePlanView forTheClient = as(ALEX_PORTAL, plans -> plans.planOf(alex));
        CarePlanView forTheTeam = as(SAM, plans -> plans.planOf(alex));

        assertEquals(List.of(new ConcernView("I can't fall asleep", null)), forTheClient.concerns(),
                "the client's words, without the clinical summary");
        assertEquals(List.of(new ConcernView("I can't fall asleep", SUMMARY)), forTheTeam.concerns());
        assertEquals(List.of("Loves cooking"), forTheClient.strengths());
        assertEquals(forTheTeam.version(), forTheClient.version());
        assertEquals(List.of("I can't fall asleep | " + SUMMARY), stored(alex).concerns(), "the summary is kept");
    }

    @Test
    void theClientDoesNotEditThePlanThemself() {
        assertThrows(AccessRefused.class, () -> as(ALEX_PORTAL, plans -> plans.addStrength(alex, -1, "Brave")));
        assertEquals(0, plansOf(alex));
    }

    @Test
    void aReviewInThePastIsRefusedTodayIsDueAndLaterIsPlanned() {
        CarePlanView plan = as(MARIA, plans -> plans.scheduleReview(alex, -1, TODAY.plusMonths(2)));
        Stored before = stored(alex);

        assertThrows(IllegalArgumentException.class,
                () -> as(MARIA, plans -> plans.scheduleReview(alex, plan.version(), TODAY.minusDays(1))));
        assertEquals(before, stored(alex), "the refused date changed nothing");
        assertEquals(TODAY.plusMonths(2), before.review());

        CarePlanView today = as(MARIA, plans -> plans.scheduleReview(alex, plan.version(), TODAY));
        assertEquals(TODAY, stored(alex).review());
        assertTrue(today.reviewDue(), "a review today is due");
        assertTrue(as(ALEX_PORTAL, plans -> plans.planOf(alex)).reviewDue());
    }

    @Test
    void markupInTheClientsWordsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> as(MARIA, plans -> plans.addConcern(alex, -1, "<b>sad</b>", null)));
        assertThrows(IllegalArgumentException.class, () -> as(MARIA, plans -> plans.addStrength(alex, -1, "  ")));
        assertEquals(0, plansOf(alex), "nothing stored, not even an empty plan");
    }
}
