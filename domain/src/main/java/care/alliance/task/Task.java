package care.alliance.task;

import care.alliance.goal.Goal;
import care.alliance.goal.Party;
import care.alliance.person.PlainText;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.ClinicCalendar;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A step toward a goal: what is done, by whom (the client, a discipline or a person), by when or
 * how often. A task given to the client waits for the client's own agreement before it counts as
 * theirs; tasks of a medication goal are set and changed only by prescribers, and the tasks of a
 * closed goal stay as they were.
 */
@Entity
@Table(name = "goal_task")
public class Task {

    public static final int DESCRIPTION_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    private Goal goal;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "description", nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Embedded
    private Assignee assignee;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", length = 30)
    private Frequency frequency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private TaskStatus status;

    @Column(name = "client_agreed_at")
    private Instant clientAgreedAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    protected Task() {
    }

    /** A new task toward the goal, set by the author for their party. */
    public Task(Goal goal, String description, Assignee assignee, LocalDate dueOn, Frequency frequency,
            String author, Party authorParty, Instant at) {
        if (goal.status().isClosed()) {
            throw new ChangeRefused(RuleWords.say("task.goalClosed"));
        }
        if (goal.isAboutMedication() && !authorParty.prescribes()) {
            throw new ChangeRefused(RuleWords.say("task.medicationSetByPrescribers"));
        }
        if (author == null || authorParty == null || at == null) {
            throw new IllegalArgumentException("A task needs its author, their party and a time.");
        }
        if (assignee == null) {
            throw new InvalidInput(RuleWords.say("task.assigneeRequired"), "taskFor");
        }
        if (dueOn == null && frequency == null) {
            throw new InvalidInput(RuleWords.say("task.dueDateOrFrequency"), "taskDue");
        }
        this.goal = goal;
        this.clientId = goal.clientId();
        this.description = PlainText.required(description, RuleWords.say("field.taskDescription"), DESCRIPTION_LENGTH);
        this.assignee = assignee;
        this.dueOn = ClinicCalendar.planDate(dueOn, RuleWords.say("field.taskDue"));
        this.frequency = frequency;
        this.status = TaskStatus.OPEN;
        this.createdBy = author;
        this.createdAt = at;
        if (assignee.isClient() && authorParty == Party.CLIENT) {
            this.clientAgreedAt = at;
        }
    }

    /** The client takes on a task given to them. */
    public void agreeAsClient(Instant at) {
        requireOpenGoal();
        if (!assignee.isClient()) {
            throw new ChangeRefused(RuleWords.say("task.onlyClientTasksAreAgreed"));
        }
        if (clientAgreedAt == null) {
            clientAgreedAt = at;
        }
    }

    /** Ticks the task off. A medication task is ticked off by a prescriber, or by the client when it is theirs. */
    public void markDone(Party by, Instant at) {
        requireOpenGoal();
        if (!(by == Party.CLIENT && assignee.isClient())) {
            requireMayChange(by);
        }
        if (status != TaskStatus.OPEN) {
            throw new ChangeRefused(RuleWords.say("task.onlyOpenIsDone"));
        }
        status = TaskStatus.DONE;
        doneAt = at;
    }

    public void reopen(Party by) {
        requireOpenGoal();
        requireMayChange(by);
        if (status == TaskStatus.OPEN) {
            throw new ChangeRefused(RuleWords.say("task.alreadyOpen"));
        }
        status = TaskStatus.OPEN;
        doneAt = null;
    }

    public void drop(Party by) {
        requireMayChange(by);
        if (status != TaskStatus.OPEN) {
            throw new ChangeRefused(RuleWords.say("task.onlyOpenIsDropped"));
        }
        status = TaskStatus.DROPPED;
    }

    /** Whether someone may change this task: tasks of a medication goal only prescribers. */
    public void requireMayChange(Party by) {
        if (goal.isAboutMedication() && !by.prescribes()) {
            throw new ChangeRefused(RuleWords.say("task.medicationChangedByPrescribers"));
        }
    }

    public boolean awaitsClientAgreement() {
        return assignee.isClient() && clientAgreedAt == null;
    }

    public boolean isOverdue(LocalDate today) {
        return status == TaskStatus.OPEN && !goal.status().isClosed() && dueOn != null && dueOn.isBefore(today);
    }

    private void requireOpenGoal() {
        if (goal.status().isClosed()) {
            throw new ChangeRefused(RuleWords.say("task.goalClosedTasksStay"));
        }
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Goal goal() {
        return goal;
    }

    public long clientId() {
        return clientId;
    }

    public boolean isAboutMedication() {
        return goal.isAboutMedication();
    }

    public String description() {
        return description;
    }

    public Assignee assignee() {
        return assignee;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Frequency frequency() {
        return frequency;
    }

    public TaskStatus status() {
        return status;
    }

    public Instant clientAgreedAt() {
        return clientAgreedAt;
    }

    public Instant doneAt() {
        return doneAt;
    }
}
