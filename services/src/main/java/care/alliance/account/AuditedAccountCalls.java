package care.alliance.account;

import care.alliance.access.Caller;
import care.alliance.access.Decision;
import care.alliance.audit.AuditTrail;
import java.util.List;
import java.util.function.Supplier;

/**
 * Calls to Keycloak made for a staff member's or a client's record: Keycloak's refusal or absence
 * is audited against that record as a refusal, and ends the operation with nothing changed.
 */
public final class AuditedAccountCalls {

    private AuditedAccountCalls() {
    }

    public static <T> T withKeycloak(AuditTrail audit, Caller caller, String action, String recordType, Long recordId,
            String who, Supplier<T> call) {
        try {
            return call.get();
        } catch (AccountRefused | AccountsUnavailable refusal) {
            throw refused(audit, caller, action, recordType, recordId, who, refusal);
        }
    }

    /** Audits the refusal of an operation on the person's account and hands it back to be thrown. */
    public static <E extends RuntimeException> E refused(AuditTrail audit, Caller caller, String action,
            String recordType, Long recordId, String who, E refusal) {
        audit.record(List.of(audit.event(caller, action, Decision.refuse(refusal.getMessage()))
                .record(recordType, recordId).reason("refused for " + who + ": " + refusal.getMessage()).build()));
        return refusal;
    }
}
