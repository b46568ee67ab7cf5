package care.alliance.emergency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Emergency accesses kept with JPA. */
@ApplicationScoped
public class JpaEmergencyAccesses implements EmergencyAccesses {

    /** More than a team could read in the notices; a plan opened this often is a matter for the privacy officer. */
    static final int MOST_SHOWN = 200;

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    public JpaEmergencyAccesses() {
    }

    public JpaEmergencyAccesses(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(EmergencyAccess access) {
        entityManager.persist(access);
    }

    @Override
    public Optional<EmergencyAccess> openFor(String accountId, long clientId, Instant at) {
        return entityManager.createQuery("select e from EmergencyAccess e where e.accountId = :account"
                        + " and e.clientId = :client and e.openedAt <= :at and e.endsAt > :at"
                        + " order by e.endsAt desc", EmergencyAccess.class)
                .setParameter("account", accountId)
                .setParameter("client", clientId)
                .setParameter("at", at)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public List<EmergencyAccess> ofClientSince(long clientId, Instant since) {
        return entityManager.createQuery("select e from EmergencyAccess e where e.clientId = :client"
                        + " and e.openedAt >= :since order by e.openedAt desc, e.id desc", EmergencyAccess.class)
                .setParameter("client", clientId)
                .setParameter("since", since)
                .setMaxResults(MOST_SHOWN)
                .getResultList();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
