package care.alliance.consent;

import care.alliance.persistence.ThisTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    ThisTransaction transaction;

    public JpaClientConsents(EntityManager entityManager, ThisTransaction transaction) {
        this.entityManager = entityManager;
        this.transaction = transaction;
    }

    @Override
    public Optional<ClientConsent> ofClient(long clientId) {
        // once per transaction: the next request, a transaction of its own, reads a withdrawal anew
        return transaction.remembered(new ConsentOfClient(clientId), () -> entityManager
                .createQuery("select distinct c from ClientConsent c left join fetch c.decisions"
                        + " where c.clientId = :clientId", ClientConsent.class)
                .setParameter("clientId", clientId)
                .getResultStream().findFirst());
    }

    private record ConsentOfClient(long clientId) {
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
        transaction.remember(new ConsentOfClient(consent.clientId()), consent);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
