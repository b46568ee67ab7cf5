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
    public Optional<Client> findForChange(long clientId) {
        return Optional.ofNullable(entityManager.find(Client.class, clientId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Client> withPortalAccount(String username) {
        return entityManager.createQuery("select c from Client c where c.username = :username", Client.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
