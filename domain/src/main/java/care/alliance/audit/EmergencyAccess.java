package care.alliance.audit;

/**
 * What makes an audit event an emergency ("break the glass") access, in one place for the audit's
 * readers and for the emergency access itself: the opening of the emergency access is recorded
 * with the action {@value #ACTION}, and every read made under it carries a reason that starts
 * with {@value #REASON_PREFIX}, followed by the clinician's stated reason.
 */
public final class EmergencyAccess {

    /** The action of the event that records a clinician breaking the glass. */
    public static final String ACTION = "BREAK_THE_GLASS";

    /** How the reason of every read under an emergency access begins. */
    public static final String REASON_PREFIX = "emergency access";

    private EmergencyAccess() {
    }

    /** Whether an event of this action and reason was an emergency access. */
    public static boolean isEmergency(String action, String reason) {
        return ACTION.equals(action) || reason != null && reason.startsWith(REASON_PREFIX);
    }

    /** The reason a read under an emergency access is recorded with: "emergency access: " and the clinician's words. */
    public static String reasonFor(String statedReason) {
        return REASON_PREFIX + ": " + statedReason;
    }
}
