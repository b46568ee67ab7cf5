package care.alliance.goal;

import care.alliance.access.CarePlanAccess;
import java.time.Clock;

/** Wires a {@link GoalService} by hand, as the container injects it. */
public final class GoalServiceWiring {

    private GoalServiceWiring() {
    }

    public static GoalService wire(Goals goals, CarePlanAccess access, Clock clock) {
        GoalService service = new GoalService();
        service.goals = goals;
        service.access = access;
        service.clock = clock;
        return service;
    }
}
