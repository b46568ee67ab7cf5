package care.alliance.audit;

import care.alliance.emergency.EmergencyAccess;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * One audit event as the privacy officer reads it: when, who (user name, and name when they are on
 * the staff), in which role, did what to which record of whose (record number and name), with
 * which outcome and reason, from where. Whose record, never its content.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String staffName, String actingRole,
        String action, String recordType, Long recordId, String recordNumber, String clientName, Outcome outcome,
        String reason, String sourceAddress) implements Serializable {

    /** The policy refused the access. */
    public boolean refused() {
        return outcome == Outcome.REFUSED;
    }

    /** An emergency ("break the glass") access, or a read made under one. */
    public boolean emergency() {
        return EmergencyAccess.isInAudit(action, reason);
    }

    public Optional<String> staffMemberName() {
        return Optional.ofNullable(staffName);
    }
}
