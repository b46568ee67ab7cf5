package care.alliance.task;

import care.alliance.access.CarePlanAccess;
import care.alliance.goal.Goals;
import java.time.Clock;

/** Wires a {@link TaskService} by hand, as the container injects it. */
public final class TaskServiceWiring {

    private TaskServiceWiring() {
    }

    public static TaskService wire(Tasks tasks, Goals goals, CarePlanAccess access, Clock clock) {
        TaskService service = new TaskService();
        service.tasks = tasks;
        service.goals = goals;
        service.access = access;
        service.clock = clock;
        return service;
    }
}
