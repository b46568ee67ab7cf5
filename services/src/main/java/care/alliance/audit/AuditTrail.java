package care.alliance.audit;

import care.alliance.access.Caller;
import care.alliance.access.Decision;
import care.alliance.monitoring.ProductMetrics;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Writes audit events. Each write commits on its own, so a refusal stays on record even though
 * the refused request rolls back. Every refusal passes here, so here it is also counted for the
 * clinic's monitoring.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    @Inject
    RequestOrigin origin;

    @Inject
    ProductMetrics metrics;

    private final Clock clock = Clock.systemUTC();

    /** One access by the caller to one record of one client, with the policy's decision. */
    public AuditEvent.Builder event(Caller caller, String action, Decision decision) {
        return AuditEvent.of(caller.username(), caller.actingRole(), action,
                        decision.allowed() ? Outcome.ALLOWED : Outcome.REFUSED, clock.instant())
                .actorAccount(caller.accountId())
                .reason(decision.reason())
                .from(origin.address());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(List<AuditEvent> events) {
        events.forEach(entityManager::persist);
        events.stream().filter(event -> event.outcome() == Outcome.REFUSED).forEach(event -> metrics.refused(event.action()));
    }
}
