package care.alliance.audit;

import care.alliance.access.Caller;
import care.alliance.access.Decision;
import care.alliance.monitoring.ProductMetrics;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.List;

/**
 * Writes audit events so that a refusal stays on record even though the refused request rolls
 * back. Within a page view ({@link PageViewTransaction}) the events join the page's batch, which is
 * written on the page's own connection: never a second connection while the first is held. Any
 * other caller (a form's action, the API, background work) has each write commit on its own.
 * Every refusal passes here, so here it is also counted for the clinic's monitoring.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    @Inject
    RequestOrigin origin;

    @Inject
    ProductMetrics metrics;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Resource
    SessionContext context;

    private final Clock clock = Clock.systemUTC();

    /** One access by the caller to one record of one client, with the policy's decision. */
    public AuditEvent.Builder event(Caller caller, String action, Decision decision) {
        return AuditEvent.of(caller.username(), caller.actingRole(), action,
                        decision.allowed() ? Outcome.ALLOWED : Outcome.REFUSED, clock.instant())
                .actorAccount(caller.accountId())
                .reason(decision.reason())
                .from(origin.address());
    }

    /** Puts the events on record: in the page view's batch when a page view runs, else at once in their own transaction. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void record(List<AuditEvent> events) {
        AuditBatch batch = transactions.getTransactionKey() == null ? null
                : (AuditBatch) transactions.getResource(AuditBatch.class);
        if (batch != null) {
            batch.add(events);
        } else {
            apart().recordApart(events);
        }
    }

    /** Writes the events in a transaction of their own, committed whatever becomes of the caller's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordApart(List<AuditEvent> events) {
        write(events);
    }

    /** Writes the events in the running transaction, or in a new one when none runs: for a page view's batch. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void write(List<AuditEvent> events) {
        events.forEach(entityManager::persist);
        // Sent now, not at commit: a failure inside the commit reaches the page without its cause,
        // and a connection lost as the database restarts would be a 500 instead of a 503.
        entityManager.flush();
        events.stream().filter(event -> event.outcome() == Outcome.REFUSED).forEach(event -> metrics.refused(event.action()));
    }

    /** This trail as the container calls it, so that {@link #recordApart} gets its own transaction. */
    protected AuditTrail apart() {
        return context.getBusinessObject(AuditTrail.class);
    }
}
