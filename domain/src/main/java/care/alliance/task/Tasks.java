package care.alliance.task;

import java.util.List;
import java.util.Optional;

/** Where tasks are kept. */
public interface Tasks {

    /** The task, locked for a change; whoever else is changing it finishes first. */
    Optional<Task> findForChange(long taskId);

    /** The client's tasks toward all their goals, soonest due first. */
    List<Task> ofClient(long clientId);

    /** The client's tasks toward their goals that are not closed, soonest due first. */
    List<Task> towardCurrentGoals(long clientId);

    /** The tasks toward one goal, soonest due first. */
    List<Task> ofGoal(long goalId);

    void add(Task task);

    void flush();
}
