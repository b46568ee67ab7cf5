package care.alliance.measure;

/** Which clients of the registry a review looks at: all, or only those with one thing to act on. */
public enum RegistryFilter {
    ALL,
    /** A safety flag still open. */
    FLAGGED,
    /** A measure not improving after the weeks in care the clinic allows. */
    NOT_IMPROVING,
    /** A measure overdue. */
    OVERDUE,
    /** A possible rupture in the working relationship not yet talked through. */
    POSSIBLE_RUPTURE
}
