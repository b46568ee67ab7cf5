package care.alliance.team;

/** A member's place on a care team: the lead coordinates it, the others are members. */
public enum TeamRole {
    LEAD,
    MEMBER
}
