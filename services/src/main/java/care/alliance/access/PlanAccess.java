package care.alliance.access;

import care.alliance.goal.Party;
import care.alliance.rules.Wording;

/**
 * The policy's answer for one operation on one plan: as which party the caller acts, whether only
 * an emergency access lets them in, or, when refused, why in the words the caller reads (the
 * decision keeps the audit's own reason).
 */
public record PlanAccess(Decision decision, Party party, boolean inEmergency, Wording refusal) {

    static PlanAccess allowed(String reason, Party party) {
        return new PlanAccess(Decision.allow(reason), party, false, null);
    }

    static PlanAccess allowedInEmergency(String reason, Party party) {
        return new PlanAccess(Decision.allow(reason), party, true, null);
    }

    static PlanAccess refused(String reason, Wording refusal) {
        return new PlanAccess(Decision.refuse(reason), null, false, refusal);
    }

    public boolean allowed() {
        return decision.allowed();
    }
}
