package care.alliance.goal;

import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.BLAKE_PORTAL;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.team.SmallClinic.Person.ALEX;
import static care.alliance.team.SmallClinic.Person.BLAKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.Caller;
import care.alliance.measure.Difficulty;
import care.alliance.measure.Instrument;
import care.alliance.measure.Severity;
import care.alliance.team.Discipline;
import care.alliance.team.SmallClinic;
import care.alliance.testing.ClinicDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A goal whose target is a questionnaire's score ("PHQ-9 score at most 9 by March") is followed
 * by the client's own scores: the goal's history carries the latest one and whether it reaches
 * the target, for the team and for the client alike.
 */
class ScoreTargetServiceTest {

    private static final List<Integer> PHQ9_OF_12 = List.of(2, 2, 2, 1, 1, 1, 1, 2, 0);
    private static final List<Integer> PHQ9_OF_8 = List.of(1, 1, 1, 1, 1, 1, 1, 1, 0);
    private static final List<Integer> PHQ9_OF_0 = List.of(0, 0, 0, 0, 0, 0, 0, 0, 0);

    private ClinicDatabase database;
    private long alex;
    private long blake;

    @BeforeEach
    void openTheClinic() {
        database = ClinicDatabase.migrated();
        SmallClinic clinic = SmallClinic.openIn(database);
        alex = clinic.clientId(ALEX);
        blake = clinic.clientId(BLAKE);
    }

    @AfterEach
    void closeTheClinic() {
        database.close();
    }

    private long proposeFeelingLessLow() {
        GoalContent content = new GoalContent("Feel less low in the mornings", null, LifeArea.MENTAL_HEALTH,
                EnumSet.of(Discipline.PSYCHOTHERAPY),
                Instrument.PHQ_9.target(BigDecimal.valueOf(9), Target.Direction.AT_MOST, LocalDate.of(2027, 3, 1)));
        return database.call(() -> database.goalService(SAM).propose(alex, content)).id();
    }

    private GoalHistory historyAs(Caller caller, long goal) {
        return database.call(() -> database.goalService(caller).historyOf(goal));
    }

    private void fillIn(Caller client, long clientId, List<Integer> answers) {
        database.call(() -> database.measureService(client).fillIn(clientId, Instrument.PHQ_9, answers,
                Difficulty.SOMEWHAT_DIFFICULT));
    }

    @Test
    void theTargetIsKeptOnItsQuestionnaire() {
        long goal = proposeFeelingLessLow();

        GoalView.TargetView target = historyAs(SAM, goal).goal().target();

        assertEquals(Instrument.PHQ_9, target.instrument());
        assertEquals("PHQ-9 score", target.measure());
        assertEquals(0, BigDecimal.valueOf(9).compareTo(target.value()));
        assertEquals(Target.Direction.AT_MOST, target.direction());
        assertEquals("PHQ_9", database.text("select target_instrument from goal_revision where goal_id = " + goal));
    }

    @Test
    void beforeAnyScoreThereIsNothingToCompare() {
        long goal = proposeFeelingLessLow();

        assertNull(historyAs(SAM, goal).latestScore());
    }

    @Test
    void theLatestScoreShowsWhetherTheTargetIsReachedToTheTeamAndTheClient() {
        long goal = proposeFeelingLessLow();

        fillIn(ALEX_PORTAL, alex, PHQ9_OF_12);
        GoalHistory.LatestScore notYet = historyAs(SAM, goal).latestScore();
        assertEquals(12, notYet.total());
        assertEquals(Severity.MODERATE, notYet.severity());
        assertFalse(notYet.reachesTarget());

        fillIn(ALEX_PORTAL, alex, PHQ9_OF_8);
        GoalHistory.LatestScore reached = historyAs(SAM, goal).latestScore();
        assertEquals(8, reached.total());
        assertTrue(reached.reachesTarget());
        assertEquals(reached, historyAs(ALEX_PORTAL, goal).latestScore(), "the client reads the same");
    }

    @Test
    void anotherClientsScoresNeverCount() {
        long goal = proposeFeelingLessLow();
        fillIn(ALEX_PORTAL, alex, PHQ9_OF_12);

        fillIn(BLAKE_PORTAL, blake, PHQ9_OF_0);

        GoalHistory.LatestScore latest = historyAs(SAM, goal).latestScore();
        assertEquals(12, latest.total());
        assertFalse(latest.reachesTarget());
    }

    @Test
    void aGoalWithATargetInWordsHasNoScore() {
        GoalContent walking = new GoalContent("Walk more", null, LifeArea.PHYSICAL_HEALTH, EnumSet.of(Discipline.PRIMARY_CARE),
                new Target("days walked per week", BigDecimal.valueOf(4), Target.Direction.AT_LEAST, null));
        long goal = database.call(() -> database.goalService(SAM).propose(alex, walking)).id();
        fillIn(ALEX_PORTAL, alex, PHQ9_OF_0);

        GoalHistory history = historyAs(SAM, goal);

        assertNull(history.latestScore());
        assertNull(history.goal().target().instrument());
    }
}
