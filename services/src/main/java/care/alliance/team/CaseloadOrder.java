package care.alliance.team;

/** How a clinician's caseload is ordered. */
public enum CaseloadOrder {
    /** Clients with an open safety flag first, the longest open first; then by family name. */
    SAFETY_FLAGS_FIRST,
    /** By the name the client goes by. */
    CLIENT_NAME,
    /** By the client's pronouns, clients without any last. */
    PRONOUNS
}
