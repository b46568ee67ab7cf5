package care.alliance.goal;

/** What a party says to the current revision of a goal. */
public enum Response {
    AGREE,
    /** Not yet: the party asks for the goal to be changed, and says how. */
    ASK_FOR_CHANGE,
    /** The party does not take the goal on, and says why. */
    DECLINE
}
