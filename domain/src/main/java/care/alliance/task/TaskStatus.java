package care.alliance.task;

/** Whether a task is still to do, done, or no longer needed. */
public enum TaskStatus {
    OPEN,
    DONE,
    DROPPED
}
