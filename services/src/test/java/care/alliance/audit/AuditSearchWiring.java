package care.alliance.audit;

import care.alliance.access.SignedInCaller;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/** Wires {@link AuditSearch} by hand, as the container injects it. */
public final class AuditSearchWiring {

    private AuditSearchWiring() {
    }

    public static AuditSearch wire(SignedInCaller signedIn, AuditTrail audit, EntityManager entityManager, Clock clock) {
        AuditSearch search = new AuditSearch();
        search.signedIn = signedIn;
        search.audit = audit;
        search.entityManager = entityManager;
        search.clock = clock;
        return search;
    }
}
