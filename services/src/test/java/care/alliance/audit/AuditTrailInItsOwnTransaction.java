package care.alliance.audit;

import care.alliance.testing.ClinicDatabase;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;

/**
 * The audit trail as the container runs it: {@code record} adds to a page view's batch when one
 * runs, and otherwise writes through {@code recordApart}, which commits in a transaction of its
 * own ({@code REQUIRES_NEW}), so what it writes stays even when the caller's transaction rolls back;
 * {@code write} joins the running transaction or begins one ({@code REQUIRED}). It refuses to stand
 * in for an audit trail that no longer says so, rather than hide that refusals would be rolled back
 * with the refused request in the container.
 */
public final class AuditTrailInItsOwnTransaction extends AuditTrail {

    private final ClinicDatabase database;

    private AuditTrailInItsOwnTransaction(ClinicDatabase database) {
        this.database = database;
    }

    public static AuditTrail on(ClinicDatabase database) {
        if (!recordsInItsOwnTransaction()) {
            throw new IllegalStateException("AuditTrail.recordApart is no longer REQUIRES_NEW, or write no longer"
                    + " REQUIRED: in the container, an audit event would now roll back with the request it records.");
        }
        AuditTrailInItsOwnTransaction trail = new AuditTrailInItsOwnTransaction(database);
        trail.entityManager = database.entityManager();
        trail.origin = new RequestOrigin();
        trail.metrics = database.metrics();
        trail.transactions = database.registry();
        return trail;
    }

    /** Whether the container runs {@link AuditTrail#recordApart} in a transaction of its own, and write in the caller's. */
    public static boolean recordsInItsOwnTransaction() {
        return attribute("recordApart") == TransactionAttributeType.REQUIRES_NEW
                && attribute("write") == TransactionAttributeType.REQUIRED;
    }

    private static TransactionAttributeType attribute(String method) {
        try {
            TransactionAttribute attribute = AuditTrail.class.getMethod(method, List.class)
                    .getAnnotation(TransactionAttribute.class);
            return attribute == null ? null : attribute.value();
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    @Override
    protected AuditTrail apart() {
        return this;
    }

    @Override
    public void recordApart(List<AuditEvent> events) {
        database.inNewTransaction(() -> super.recordApart(events));
    }

    @Override
    public void write(List<AuditEvent> events) {
        if (database.inTransaction()) {
            super.write(events);
        } else {
            database.inNewTransaction(() -> super.write(events));
        }
    }
}
