package care.alliance.task;

import care.alliance.access.CarePlanAccess;
import care.alliance.access.PlanAccess;
import care.alliance.access.PlanOperation;
import care.alliance.access.ServiceWords;
import care.alliance.consent.ConsentInForce;
import care.alliance.goal.ChangedMeanwhile;
import care.alliance.goal.Goal;
import care.alliance.goal.Goals;
import care.alliance.goal.Party;
import care.alliance.rules.ChangeRefused;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.BiConsumer;

/**
 * The steps toward a client's goals: set by the team or by the client for themself, taken on by
 * the client when they are theirs, and ticked off as they are done.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class TaskService {

    @Inject
    Tasks tasks;

    @Inject
    Goals goals;

    @Inject
    CarePlanAccess access;

    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));

    /** The client's tasks; those toward a goal the client's consent keeps from the reader are left out, and audited. */
    public List<TaskView> tasksOf(long clientId) {
        PlanAccess allowed = access.require(clientId, PlanOperation.VIEW_PLAN, "Task", null);
        return asRead(clientId, allowed, tasks.ofClient(clientId));
    }

    /**
     * The client's tasks toward goals still being worked on, audited as {@link #tasksOf}: the care
     * plan's task board, whose cost does not grow with the tasks of goals closed long ago.
     */
    public List<TaskView> currentTasksOf(long clientId) {
        PlanAccess allowed = access.require(clientId, PlanOperation.VIEW_PLAN, "Task", null);
        return asRead(clientId, allowed, tasks.towardCurrentGoals(clientId));
    }

    private List<TaskView> asRead(long clientId, PlanAccess allowed, List<Task> read) {
        ConsentInForce consent = access.consentOf(clientId);
        LocalDate today = LocalDate.now(clock);
        Map<Boolean, List<Task>> withheld = read.stream()
                .collect(Collectors.partitioningBy(task -> CarePlanAccess.withholds(allowed, task.goal().labels(), consent)));
        access.auditWithheld(PlanOperation.VIEW_PLAN, clientId,
                withheld.get(true).stream().map(task -> task.goal().id()).toList());
        return withheld.get(false).stream().map(task -> TaskView.of(task, today)).toList();
    }

    /**
     * The tasks toward one goal, for its page: only that goal's are read, however long the
     * client's history. A goal the client's consent keeps from the reader is refused, as its page is.
     */
    public List<TaskView> tasksOfGoal(long goalId) {
        Goal goal = access.found(goals.find(goalId), PlanOperation.VIEW_PLAN, "Goal", goalId);
        access.requireOnGoal(goal, PlanOperation.VIEW_PLAN, "Task", null);
        LocalDate today = LocalDate.now(clock);
        return tasks.ofGoal(goalId).stream().map(task -> TaskView.of(task, today)).toList();
    }

    /**
     * A new step toward the goal. The client sets tasks only for themself; the team gives tasks to
     * the client, to a discipline, or to one of its members.
     */
    public TaskView addTask(long goalId, String description, Assignee assignee, LocalDate dueOn, Frequency frequency) {
        Goal goal = access.found(goals.find(goalId), PlanOperation.ADD_TASK, "Goal", goalId);
        PlanAccess allowed = access.requireOnGoal(goal, PlanOperation.ADD_TASK, "Goal", goalId);
        if (allowed.party() == Party.CLIENT && (assignee == null || !assignee.isClient())) {
            throw new ChangeRefused(ServiceWords.say("task.clientAddsOwnOnly"));
        }
        Task task = new Task(goal, description, assignee, dueOn, frequency, access.caller().username(),
                allowed.party(), clock.instant());
        tasks.add(task);
        tasks.flush();
        return TaskView.of(task, LocalDate.now(clock));
    }

    public TaskView agreeToTask(long taskId, long seenVersion) {
        return change(taskId, seenVersion, PlanOperation.AGREE_TO_TASK, (task, party) -> task.agreeAsClient(clock.instant()));
    }

    public TaskView markDone(long taskId, long seenVersion) {
        return change(taskId, seenVersion, PlanOperation.COMPLETE_TASK, (task, party) -> {
            requireOwnTaskIfClient(task, party);
            task.markDone(party, clock.instant());
        });
    }

    public TaskView reopen(long taskId, long seenVersion) {
        return change(taskId, seenVersion, PlanOperation.COMPLETE_TASK, (task, party) -> {
            requireOwnTaskIfClient(task, party);
            task.reopen(party);
        });
    }

    public TaskView drop(long taskId, long seenVersion) {
        return change(taskId, seenVersion, PlanOperation.DROP_TASK, (task, party) -> task.drop(party));
    }

    private static void requireOwnTaskIfClient(Task task, Party party) {
        if (party == Party.CLIENT && !task.assignee().isClient()) {
            throw new ChangeRefused(ServiceWords.say("task.teamTicksOff"));
        }
    }

    private TaskView change(long taskId, long seenVersion, PlanOperation operation, BiConsumer<Task, Party> change) {
        Task task = access.found(tasks.findForChange(taskId), operation, "Task", taskId);
        PlanAccess allowed = access.requireOnGoal(task.goal(), operation, "Task", taskId);
        if (task.version() != seenVersion) {
            throw new ChangedMeanwhile(ServiceWords.say("changed.task"), TaskView.of(task, LocalDate.now(clock)));
        }
        change.accept(task, allowed.party());
        tasks.flush();
        return TaskView.of(task, LocalDate.now(clock));
    }
}
