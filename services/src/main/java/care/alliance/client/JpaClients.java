package care.alliance.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import care.alliance.person.PersonName;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
    public Optional<Client> withRecordNumber(RecordNumber recordNumber) {
        return entityManager.createQuery("select c from Client c where c.recordNumber = :number", Client.class)
                .setParameter("number", recordNumber)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Client> withNameAndDateOfBirth(PersonName legalName, LocalDate dateOfBirth) {
        return entityManager.createQuery("select c from Client c where c.dateOfBirth = :born"
                        + " and lower(c.legalName.family) = :family and lower(c.legalName.given) = :given"
                        + " order by c.id", Client.class)
                .setParameter("born", dateOfBirth)
                .setParameter("family", legalName.family().toLowerCase(Locale.ROOT))
                .setParameter("given", legalName.given().toLowerCase(Locale.ROOT))
                .getResultList();
    }

    @Override
    public void add(Client client) {
        entityManager.persist(client);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
