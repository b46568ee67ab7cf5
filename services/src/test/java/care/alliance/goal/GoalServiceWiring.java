package care.alliance.goal;

import care.alliance.access.CarePlanAccess;
import care.alliance.measure.Measures;
import java.time.Clock;

/** Wires a {@link GoalService} by hand, as the container injects it. */
public final class GoalServiceWiring {

    private GoalServiceWiring() {
    }

    public static GoalService wire(Goals goals, CarePlanAccess access, Clock clock, Measures measures) {
        GoalService service = new GoalService();
        service.goals = goals;
        service.access = access;
        service.clock = clock;
        service.measures = measures;
        return service;
    }
}
