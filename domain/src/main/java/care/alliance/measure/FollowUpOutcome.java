package care.alliance.measure;

/** Where the follow-up of a safety flag led. */
public enum FollowUpOutcome {
    /** Assessed; no current risk found. */
    NO_CURRENT_RISK,
    /** A safety plan was made with the client, or their plan was reviewed with them. */
    SAFETY_PLAN_REVIEWED,
    /** The client was connected with a crisis line or the crisis team. */
    CRISIS_SERVICES_CONTACTED,
    /** The client was referred to emergency care. */
    REFERRED_TO_EMERGENCY_CARE
}
