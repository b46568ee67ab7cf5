package care.alliance.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
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

    /** The counts come with each check-in read, limited in the database: a long history costs what a short one does. */
    @Override
    public RecentCheckIns lastOfClient(long clientId, int count) {
        List<Object[]> rows = entityManager.createQuery("select c,"
                        + " (select count(a) from AllianceCheckIn a where a.clientId = c.clientId),"
                        + " (select count(r) from PossibleRupture r where r.clientId = c.clientId)"
                        + " from AllianceCheckIn c where c.clientId = :clientId order by c.submittedAt desc, c.id desc",
                        Object[].class)
                .setParameter("clientId", clientId)
                .setMaxResults(count)
                .getResultList();
        List<AllianceCheckIn> oldestFirst = new ArrayList<>(rows.stream().map(row -> (AllianceCheckIn) row[0]).toList());
        Collections.reverse(oldestFirst);
        // a rupture is noticed in a check-in: with no check-in there is none
        return rows.isEmpty() ? new RecentCheckIns(List.of(), 0, 0)
                : new RecentCheckIns(oldestFirst, (Long) rows.get(0)[1], (Long) rows.get(0)[2]);
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

    /**
     * Locks the rupture's row, then reads it. Hibernate cannot lock on PostgreSQL a row it reads
     * with an outer join (the rupture's signs), so a locking find reads first and locks after,
     * checking the version: a repair saved in between failed as an OptimisticLockException instead
     * of the newer version the service reports as changed meanwhile. Locking the bare row first
     * waits for that repair, and the read then sees it.
     */
    @Override
    public Optional<PossibleRupture> findRupture(long ruptureId) {
        entityManager.createNativeQuery("select id from possible_rupture where id = ? for update")
                .setParameter(1, ruptureId)
                .getResultList();
        return Optional.ofNullable(entityManager.find(PossibleRupture.class, ruptureId));
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
