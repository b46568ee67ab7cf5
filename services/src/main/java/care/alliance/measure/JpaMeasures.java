package care.alliance.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Measures, safety flags and schedules kept with JPA. */
@ApplicationScoped
public class JpaMeasures implements Measures {

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    public JpaMeasures() {
    }

    public JpaMeasures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(MeasureResult result) {
        entityManager.persist(result);
    }

    @Override
    public List<MeasureResult> ofClient(long clientId) {
        return entityManager.createQuery("select r from MeasureResult r where r.clientId = :clientId"
                        + " order by r.completedOn, r.recordedAt, r.id", MeasureResult.class)
                .setParameter("clientId", clientId)
                .getResultList();
    }

    @Override
    public Optional<MeasureResult> latestOf(long clientId, Instrument instrument) {
        return entityManager.createQuery("select r from MeasureResult r where r.clientId = :clientId"
                        + " and r.instrument = :instrument order by r.completedOn desc, r.recordedAt desc, r.id desc",
                        MeasureResult.class)
                .setParameter("clientId", clientId)
                .setParameter("instrument", instrument)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public void add(SafetyFlag flag) {
        entityManager.persist(flag);
    }

    @Override
    public List<SafetyFlag> flagsOf(long clientId) {
        return entityManager.createQuery("select f from SafetyFlag f join fetch f.result where f.clientId = :clientId"
                        + " order by f.raisedAt desc, f.id desc", SafetyFlag.class)
                .setParameter("clientId", clientId)
                .getResultList();
    }

    /** Locked until the transaction ends, so that two follow-ups logged at once do not both close it. */
    @Override
    public Optional<SafetyFlag> findFlag(long flagId) {
        return Optional.ofNullable(entityManager.find(SafetyFlag.class, flagId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<SafetyFlag> openFlagsOf(List<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select f from SafetyFlag f join fetch f.result"
                        + " where f.followUp.closedAt is null and f.clientId in :clientIds"
                        + " order by f.raisedAt, f.id", SafetyFlag.class)
                .setParameter("clientIds", clientIds)
                .getResultList();
    }

    @Override
    public Optional<MeasureSchedule> scheduleOf(long clientId, Instrument instrument) {
        return entityManager.createQuery("select s from MeasureSchedule s where s.clientId = :clientId"
                        + " and s.instrument = :instrument", MeasureSchedule.class)
                .setParameter("clientId", clientId)
                .setParameter("instrument", instrument)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(MeasureSchedule schedule) {
        entityManager.persist(schedule);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
