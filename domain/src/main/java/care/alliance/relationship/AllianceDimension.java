package care.alliance.relationship;

/** The three strands of a working alliance a check-in asks about. */
public enum AllianceDimension {
    /** Working on what matters to the client. */
    GOALS,
    /** The way of working and the next steps make sense to the client. */
    TASKS,
    /** The client feels heard, understood and respected. */
    BOND
}
