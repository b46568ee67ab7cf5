package care.alliance.task;

import care.alliance.goal.Party;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A task as the task board and the portal show it. */
public record TaskView(long id, long version, long goalId, String goalWords, String description, Party assigneeParty,
        String assigneeUsername, LocalDate dueOn, Frequency frequency, TaskStatus status, boolean awaitsClientAgreement,
        boolean overdue, boolean medication, Instant doneAt) implements Serializable {

    static TaskView of(Task task, LocalDate today) {
        return new TaskView(task.id(), task.version(), task.goal().id(), task.goal().currentContent().clientWords(),
                task.description(), task.assignee().party(), task.assignee().username(), task.dueOn(),
                task.frequency(), task.status(), task.awaitsClientAgreement(), task.isOverdue(today),
                task.isAboutMedication(), task.doneAt());
    }

    public boolean isForClient() {
        return assigneeParty == Party.CLIENT;
    }
}
