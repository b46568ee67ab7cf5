package care.alliance.progress;

import care.alliance.access.CarePlanAccess;
import care.alliance.goal.Goals;
import care.alliance.task.Tasks;
import java.time.Clock;
import java.time.ZoneOffset;

/** Wires a {@link ProgressService} by hand, as the container injects it. */
public final class ProgressServiceWiring {

    private ProgressServiceWiring() {
    }

    public static ProgressService wire(ProgressCheckIns checkIns, Goals goals, Tasks tasks, CarePlanAccess access,
            Clock clock) {
        ProgressService service = new ProgressService();
        service.checkIns = checkIns;
        service.goals = goals;
        service.tasks = tasks;
        service.clinicZone = ZoneOffset.UTC;
        service.access = access;
        service.clock = clock;
        return service;
    }
}
