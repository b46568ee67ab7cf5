package care.alliance.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Clients kept with JPA. */
@ApplicationScoped
public class JpaClients implements Clients {

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    public JpaClients() {
    }

    public JpaClients(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Client> find(long clientId) {
        return Optional.ofNullable(entityManager.find(Client.class, clientId));
    }

    /**
     * The client is usually read already in this transaction, with their care team; a lock alone
     * would then fail on a version changed meanwhile, so the client is read again under the lock and
     * the service can tell the person what changed.
     */
    @Override
    public Optional<Client> findForChange(long clientId) {
        Client client = entityManager.find(Client.class, clientId);
        if (client != null) {
            entityManager.refresh(client, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(client);
    }

    @Override
    public Optional<Client> withPortalAccount(String accountId) {
        return entityManager.createQuery("select c from Client c where c.accountId = :accountId", Client.class)
                .setParameter("accountId", accountId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
