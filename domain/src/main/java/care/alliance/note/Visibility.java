package care.alliance.note;

/** Who reads a team note besides its author. */
public enum Visibility {
    /** The client's care team. */
    CARE_TEAM,
    /** The care team and the client, in the portal. */
    CLIENT_VISIBLE
}
