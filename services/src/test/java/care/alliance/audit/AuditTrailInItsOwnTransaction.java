package care.alliance.audit;

import care.alliance.testing.ClinicDatabase;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;

/**
 * The audit trail as the container runs it: {@code record} commits in a transaction of its own
 * ({@code REQUIRES_NEW}), so what it writes stays even when the caller's transaction rolls back.
 * It refuses to stand in for an audit trail that no longer says so, rather than hide that refusals
 * would be rolled back with the refused request in the container.
 */
public final class AuditTrailInItsOwnTransaction extends AuditTrail {

    private final ClinicDatabase database;

    private AuditTrailInItsOwnTransaction(ClinicDatabase database) {
        this.database = database;
    }

    public static AuditTrail on(ClinicDatabase database) {
        if (!recordsInItsOwnTransaction()) {
            throw new IllegalStateException("AuditTrail.record is no longer REQUIRES_NEW: in the container, an"
                    + " audit event would now roll back with the request it records.");
        }
        AuditTrailInItsOwnTransaction trail = new AuditTrailInItsOwnTransaction(database);
        trail.entityManager = database.entityManager();
        trail.origin = new RequestOrigin();
        trail.metrics = database.metrics();
        return trail;
    }

    /** Whether the container runs {@link AuditTrail#record} in a transaction of its own. */
    public static boolean recordsInItsOwnTransaction() {
        try {
            TransactionAttribute attribute = AuditTrail.class.getMethod("record", List.class)
                    .getAnnotation(TransactionAttribute.class);
            return attribute != null && attribute.value() == TransactionAttributeType.REQUIRES_NEW;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Override
    public void record(List<AuditEvent> events) {
        database.inNewTransaction(() -> super.record(events));
    }
}
