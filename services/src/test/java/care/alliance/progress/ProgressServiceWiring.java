package care.alliance.progress;

import care.alliance.access.CarePlanAccess;
import care.alliance.goal.Goals;
import java.time.Clock;

/** Wires a {@link ProgressService} by hand, as the container injects it. */
public final class ProgressServiceWiring {

    private ProgressServiceWiring() {
    }

    public static ProgressService wire(ProgressCheckIns checkIns, Goals goals, CarePlanAccess access, Clock clock) {
        ProgressService service = new ProgressService();
        service.checkIns = checkIns;
        service.goals = goals;
        service.access = access;
        service.clock = clock;
        return service;
    }
}
