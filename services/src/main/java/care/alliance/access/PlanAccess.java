package care.alliance.access;

import care.alliance.goal.Party;

/** The policy's answer for one operation on one plan, and as which party the caller acts. */
public record PlanAccess(Decision decision, Party party) {

    public static PlanAccess refused(String reason) {
        return new PlanAccess(Decision.refuse(reason), null);
    }

    public boolean allowed() {
        return decision.allowed();
    }
}
