package care.alliance.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Clients' consents kept with JPA. */
@ApplicationScoped
public class JpaClientConsents implements ClientConsents {

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    public JpaClientConsents() {
    }

    public JpaClientConsents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<ClientConsent> ofClient(long clientId) {
        return entityManager.createQuery("select distinct c from ClientConsent c left join fetch c.decisions"
                        + " where c.clientId = :clientId", ClientConsent.class)
                .setParameter("clientId", clientId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ClientConsent> ofClientForChange(long clientId) {
        return entityManager.createQuery("select c from ClientConsent c where c.clientId = :clientId", ClientConsent.class)
                .setParameter("clientId", clientId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public void add(ClientConsent consent) {
        entityManager.persist(consent);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
