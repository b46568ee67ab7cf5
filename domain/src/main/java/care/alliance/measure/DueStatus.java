package care.alliance.measure;

/** Whether a client's measure is to be filled in on a given day. */
public enum DueStatus {
    /** Filled in recently enough; the next one is not due yet. */
    NOT_DUE,
    /** Due: the portal asks the client to fill it in. */
    DUE,
    /** Due for a week or longer and still not filled in: the registry shows it. */
    OVERDUE
}
