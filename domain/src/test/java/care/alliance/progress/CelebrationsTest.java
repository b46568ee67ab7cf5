package care.alliance.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.goal.Goal;
import care.alliance.goal.GoalContent;
import care.alliance.goal.LifeArea;
import care.alliance.goal.Party;
import care.alliance.goal.Response;
import care.alliance.goal.Target;
import care.alliance.task.Assignee;
import care.alliance.task.Frequency;
import care.alliance.task.Task;
import care.alliance.team.Discipline;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CelebrationsTest {

    private static final ZoneId CLINIC = ZoneOffset.UTC;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant LONG_AGO = Instant.parse("2026-06-01T09:00:00Z");
    private static final Target FOUR_WALKS = new Target("walks per week", new BigDecimal("4"),
            Target.Direction.AT_LEAST, null);

    private static Goal agreed(String words) {
        Goal goal = Goal.propose(3L, new GoalContent(words, null, LifeArea.PHYSICAL_HEALTH,
                EnumSet.of(Discipline.PRIMARY_CARE), FOUR_WALKS), "tom.okafor", Party.PRIMARY_CARE, LONG_AGO);
        goal.respond(Party.CLIENT, "alex.morgan", Response.AGREE, null, LONG_AGO.plusSeconds(60));
        return goal;
    }

    private static Instant daysAgo(int days) {
        return TODAY.minusDays(days).atTime(18, 0).toInstant(ZoneOffset.UTC);
    }

    private static ProgressCheckIn walked(Goal goal, int walks, Instant at) {
        return new ProgressCheckIn(goal, new Rating(7), new BigDecimal(walks), null, "alex.morgan", Party.CLIENT, at);
    }

    /** The client's own steps, one ticked off on each of the given days ago. */
    private static List<Task> stepsDoneDaysAgo(Goal goal, int... daysAgo) {
        List<Task> tasks = new ArrayList<>();
        for (int days : daysAgo) {
            Task task = new Task(goal, "Walk after lunch", Assignee.client(), null, Frequency.WEEKLY, "alex.morgan",
                    Party.CLIENT, LONG_AGO);
            task.markDone(Party.CLIENT, daysAgo(days));
            tasks.add(task);
        }
        return tasks;
    }

    private static List<Celebration> celebrations(List<Goal> goals, List<ProgressCheckIn> checkIns, List<Task> tasks) {
        return Celebrations.of(goals, checkIns, tasks, TODAY, CLINIC);
    }

    @Test
    void nothingDoneIsNothingToCelebrate() {
        Goal walking = agreed("Walk more");

        assertEquals(List.of(), celebrations(List.of(walking), List.of(walked(walking, 2, daysAgo(3))), List.of()));
    }

    @Test
    void aTargetReachedThisMonthIsCelebratedInTheClientsWords() {
        Goal walking = agreed("Walk to the shops most days");

        List<Celebration> celebrations = celebrations(List.of(walking),
                List.of(walked(walking, 2, daysAgo(10)), walked(walking, 4, daysAgo(5))), List.of());

        assertEquals(List.of(new Celebration(Celebration.Kind.TARGET_REACHED, "Walk to the shops most days", 0,
                daysAgo(5))), celebrations);
    }

    @Test
    void aGoalsTargetIsCelebratedOnceForItsLatestCheckIn() {
        Goal walking = agreed("Walk more");

        List<Celebration> celebrations = celebrations(List.of(walking),
                List.of(walked(walking, 4, daysAgo(12)), walked(walking, 5, daysAgo(2)), walked(walking, 4, daysAgo(7))),
                List.of());

        assertEquals(1, celebrations.size());
        assertEquals(daysAgo(2), celebrations.get(0).at());
    }

    @Test
    void aTargetReachedLongAgoIsNoLongerNews() {
        Goal walking = agreed("Walk more");

        assertEquals(List.of(), celebrations(List.of(walking),
                List.of(walked(walking, 4, daysAgo(Celebrations.TARGET_NEWS_DAYS + 1))), List.of()));
    }

    @Test
    void aTargetOfADiscontinuedGoalIsNotCelebrated() {
        Goal walking = agreed("Walk more");
        ProgressCheckIn reached = walked(walking, 4, daysAgo(3));
        walking.discontinue("tom.okafor", "moved to swimming", daysAgo(1));

        assertEquals(List.of(), celebrations(List.of(walking), List.of(reached), List.of()));
    }

    @Test
    void anAchievedGoalIsCelebrated() {
        Goal walking = agreed("Walk more");
        walking.markAchieved("tom.okafor", daysAgo(40));

        assertEquals(List.of(new Celebration(Celebration.Kind.GOAL_ACHIEVED, "Walk more", 0, daysAgo(40))),
                celebrations(List.of(walking), List.of(), List.of()));
    }

    @ParameterizedTest(name = "steps done {0} days ago make a streak of {1} weeks")
    @CsvSource({
        "'0', 0",
        "'0 7', 2",
        "'1 8 15', 3",
        "'6 13', 2",
        "'7 14', 2",
        "'8 15', 2",
        "'0 8 15', 3",
        "'0 15', 1",
        "'15 22', 0",
        "'0 2 4', 0",
        "'3 9 16 23 30', 5",
    })
    void weeksInARowWithAStepDoneMakeAStreak(String daysAgo, int weeks) {
        Goal walking = agreed("Walk more");
        int[] days = java.util.Arrays.stream(daysAgo.split(" ")).mapToInt(Integer::parseInt).toArray();

        List<Celebration> celebrations = celebrations(List.of(walking), List.of(), stepsDoneDaysAgo(walking, days));

        List<Celebration> streaks = celebrations.stream()
                .filter(celebration -> celebration.kind() == Celebration.Kind.TASK_STREAK)
                .toList();
        if (weeks < Celebrations.STREAK_WEEKS) {
            assertEquals(List.of(), streaks);
        } else {
            assertEquals(1, streaks.size());
            assertEquals(weeks, streaks.get(0).weeks());
            assertEquals(daysAgo(days[0]), streaks.get(0).at());
        }
    }

    @Test
    void onlyTheClientsOwnStepsCount() {
        Goal walking = agreed("Walk more");
        List<Task> teamSteps = new ArrayList<>();
        for (int days : new int[] {1, 8}) {
            Task task = new Task(walking, "Call Alex", Assignee.discipline(Party.PRIMARY_CARE), null, Frequency.WEEKLY,
                    "tom.okafor", Party.PRIMARY_CARE, LONG_AGO);
            task.markDone(Party.PRIMARY_CARE, daysAgo(days));
            teamSteps.add(task);
        }

        assertEquals(List.of(), celebrations(List.of(walking), List.of(), teamSteps));
    }

    @Test
    void theNewestIsCelebratedFirst() {
        Goal walking = agreed("Walk more");
        Goal sleeping = agreed("Sleep before midnight");
        sleeping.markAchieved("tom.okafor", daysAgo(20));

        List<Celebration> celebrations = celebrations(List.of(walking, sleeping),
                List.of(walked(walking, 4, daysAgo(4))), stepsDoneDaysAgo(walking, 1, 8));

        assertEquals(List.of(Celebration.Kind.TASK_STREAK, Celebration.Kind.TARGET_REACHED,
                Celebration.Kind.GOAL_ACHIEVED), celebrations.stream().map(Celebration::kind).toList());
        assertTrue(celebrations.get(0).weeks() >= Celebrations.STREAK_WEEKS);
    }
}
