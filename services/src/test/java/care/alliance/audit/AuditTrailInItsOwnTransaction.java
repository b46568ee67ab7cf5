package care.alliance.audit;

import care.alliance.testing.ClinicDatabase;
import java.util.List;

/**
 * The audit trail as the container runs it: {@code record} commits in a transaction of its own
 * ({@code REQUIRES_NEW}), so what it writes stays even when the caller's transaction rolls back.
 */
public final class AuditTrailInItsOwnTransaction extends AuditTrail {

    private final ClinicDatabase database;

    private AuditTrailInItsOwnTransaction(ClinicDatabase database) {
        this.database = database;
    }

    public static AuditTrail on(ClinicDatabase database) {
        AuditTrailInItsOwnTransaction trail = new AuditTrailInItsOwnTransaction(database);
        trail.entityManager = database.entityManager();
        trail.origin = new RequestOrigin();
        return trail;
    }

    @Override
    public void record(List<AuditEvent> events) {
        database.inNewTransaction(() -> super.record(events));
    }
}
