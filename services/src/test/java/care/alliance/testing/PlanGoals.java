package care.alliance.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import care.alliance.access.Caller;
import care.alliance.goal.GoalContent;
import care.alliance.goal.GoalStatus;
import care.alliance.goal.GoalView;
import care.alliance.goal.LifeArea;
import care.alliance.goal.Response;
import care.alliance.goal.Target;
import care.alliance.team.Discipline;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Goals for the tests of the services that work on them (tasks, progress, notes): proposed and
 * agreed through the real {@link care.alliance.goal.GoalService}, each call in its own transaction.
 */
public final class PlanGoals {

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final ClinicDatabase database;

    public PlanGoals(ClinicDatabase database) {
        this.database = database;
    }

    /** A goal in the client's words about the life area, owned by the disciplines, with an optional target. */
    public static GoalContent content(String clientWords, LifeArea lifeArea, Target target, Discipline... owners) {
        return new GoalContent(clientWords, null, lifeArea, EnumSet.of(owners[0], owners), target);
    }

    /** A goal proposed by the proposer (who agrees for their discipline by proposing). */
    public GoalView proposed(Caller proposer, long clientId, GoalContent content) {
        return database.call(() -> database.goalService(proposer).propose(clientId, content));
    }

    /** A goal owned by the proposer's discipline only, proposed by them and agreed by the client: AGREED. */
    public GoalView agreed(Caller proposer, Caller client, long clientId, GoalContent content) {
        GoalView proposed = proposed(proposer, clientId, content);
        GoalView agreed = database.call(() -> database.goalService(client)
                .respond(proposed.id(), proposed.version(), Response.AGREE, null));
        assertEquals(GoalStatus.AGREED, agreed.status(), "set-up: the goal is agreed");
        return agreed;
    }

    /** A mental-health goal only care management owns, proposed by the care manager and agreed by the client. */
    public GoalView agreedWithCareManagement(Caller careManager, Caller client, long clientId) {
        return agreed(careManager, client, clientId, content("Go for a walk after lunch, goal " + NUMBER.incrementAndGet(),
                LifeArea.MENTAL_HEALTH, null, Discipline.CARE_MANAGEMENT));
    }
}
