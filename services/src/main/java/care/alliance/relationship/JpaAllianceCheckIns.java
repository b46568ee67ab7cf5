package care.alliance.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Alliance check-ins and possible ruptures kept with JPA. */
@ApplicationScoped
public class JpaAllianceCheckIns implements AllianceCheckIns {

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    public JpaAllianceCheckIns() {
    }

    public JpaAllianceCheckIns(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Holds the client's row until the transaction ends: no check-in of the client is noticed alongside this one. */
    @Override
    public void takeTurnsForCheckIn(long clientId) {
        entityManager.createNativeQuery("select id from client where id = ? for update")
                .setParameter(1, clientId)
                .getResultList();
    }

    @Override
    public List<AllianceCheckIn> ofClient(long clientId) {
        return entityManager.createQuery("select c from AllianceCheckIn c where c.clientId = :clientId"
                        + " order by c.submittedAt, c.id", AllianceCheckIn.class)
                .setParameter("clientId", clientId)
                .getResultList();
    }

    @Override
    public void add(AllianceCheckIn checkIn) {
        entityManager.persist(checkIn);
    }

    @Override
    public List<PossibleRupture> rupturesOf(long clientId) {
        return entityManager.createQuery("select r from PossibleRupture r join fetch r.checkIn"
                        + " where r.clientId = :clientId order by r.noticedAt desc, r.id desc", PossibleRupture.class)
                .setParameter("clientId", clientId)
                .getResultList();
    }

    @Override
    public Optional<PossibleRupture> findRupture(long ruptureId) {
        return Optional.ofNullable(entityManager.find(PossibleRupture.class, ruptureId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Long> withOpenRupture(List<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select distinct r.clientId from PossibleRupture r"
                        + " where r.clientId in :clientIds and r.repair.repairedAt is null", Long.class)
                .setParameter("clientIds", clientIds)
                .getResultList();
    }

    @Override
    public void add(PossibleRupture rupture) {
        entityManager.persist(rupture);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
