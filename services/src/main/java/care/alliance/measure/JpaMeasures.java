package care.alliance.measure;

import care.alliance.persistence.ThisTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Measures, safety flags and schedules kept with JPA. */
@ApplicationScoped
public class JpaMeasures implements Measures {

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    @Inject
    ThisTransaction transaction;

    public JpaMeasures() {
    }

    public JpaMeasures(EntityManager entityManager) {
        this(entityManager, new ThisTransaction(null));
    }

    public JpaMeasures(EntityManager entityManager, ThisTransaction transaction) {
        this.entityManager = entityManager;
        this.transaction = transaction;
    }

    /** A client's first and latest score on one questionnaire, and how many, from all its results. */
    private static final String REFRESH_EPISODE = """
            insert into measure_episode (client_id, instrument, baseline_total, baseline_on, latest_total, latest_on,
                                         scores)
            select client_id, instrument,
                   max(case when oldest = 1 then total end), max(case when oldest = 1 then completed_on end),
                   max(case when newest = 1 then total end), max(case when newest = 1 then completed_on end), max(scores)
            from (select r.client_id, r.instrument, r.total, r.completed_on,
                         row_number() over (order by r.completed_on, r.recorded_at, r.id) as oldest,
                         row_number() over (order by r.completed_on desc, r.recorded_at desc, r.id desc) as newest,
                         count(*) over () as scores
                  from measure_result r where r.client_id = :client and r.instrument = :instrument) ranked
            where oldest = 1 or newest = 1
            group by client_id, instrument
            """;

    /**
     * Stores the result and works the client's episode on its questionnaire out again, since a
     * result entered from paper may be older than the latest. The client's row is locked first, so
     * that two results recorded at once take turns.
     */
    @Override
    public void add(MeasureResult result) {
        entityManager.createNativeQuery("select id from client where id = :client for update")
                .setParameter("client", result.clientId())
                .getResultList();
        entityManager.persist(result);
        transaction.forget(new ResultsOfClient(result.clientId()));
        entityManager.flush();
        keepEpisodeOf(result.clientId(), result.instrument());
    }

    /** Works out the client's episode on the questionnaire again from the results stored. */
    void keepEpisodeOf(long clientId, Instrument instrument) {
        entityManager.createNativeQuery("delete from measure_episode where client_id = :client and instrument = :instrument")
                .setParameter("client", clientId)
                .setParameter("instrument", instrument.name())
                .executeUpdate();
        entityManager.createNativeQuery(REFRESH_EPISODE)
                .setParameter("client", clientId)
                .setParameter("instrument", instrument.name())
                .executeUpdate();
    }

    @Override
    public List<MeasureResult> ofClient(long clientId) {
        return transaction.rememberedList(new ResultsOfClient(clientId), () -> entityManager
                .createQuery("select r from MeasureResult r where r.clientId = :clientId"
                        + " order by r.completedOn, r.recordedAt, r.id", MeasureResult.class)
                .setParameter("clientId", clientId)
                .getResultList());
    }

    /** The counts come with each result read, so the whole of it is one statement. */
    @Override
    public RecentResults recentOfClient(long clientId, LocalDate since) {
        List<Object[]> rows = entityManager.createQuery("select r,"
                        + " (select count(a) from MeasureResult a where a.clientId = r.clientId and a.instrument = r.instrument),"
                        + " (select count(f) from SafetyFlag f where f.clientId = r.clientId)"
                        + " from MeasureResult r where r.clientId = :clientId and (r.completedOn >= :since"
                        + " or r.completedOn = (select min(b.completedOn) from MeasureResult b"
                        + " where b.clientId = r.clientId and b.instrument = r.instrument)"
                        + " or r.completedOn = (select max(l.completedOn) from MeasureResult l"
                        + " where l.clientId = r.clientId and l.instrument = r.instrument))"
                        + " order by r.completedOn, r.recordedAt, r.id", Object[].class)
                .setParameter("clientId", clientId)
                .setParameter("since", since)
                .getResultList();
        Map<Instrument, Long> counts = new EnumMap<>(Instrument.class);
        rows.forEach(row -> counts.put(((MeasureResult) row[0]).instrument(), (Long) row[1]));
        // a safety flag is raised by a result: with no result there is none
        return new RecentResults(rows.stream().map(row -> (MeasureResult) row[0]).toList(), counts,
                rows.isEmpty() ? 0 : (Long) rows.get(0)[2]);
    }

    @Override
    public List<SafetyFlag> recentFlagsOf(long clientId, Instant since) {
        return entityManager.createQuery("select f from SafetyFlag f join fetch f.result where f.clientId = :clientId"
                        + " and (f.followUp.closedAt is null or f.raisedAt >= :since)"
                        + " order by f.raisedAt desc, f.id desc", SafetyFlag.class)
                .setParameter("clientId", clientId)
                .setParameter("since", since)
                .getResultList();
    }

    @Override
    public List<MeasureSchedule> schedulesOf(long clientId) {
        return entityManager.createQuery("select s from MeasureSchedule s where s.clientId = :clientId", MeasureSchedule.class)
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
    public long openFlagCount() {
        return entityManager.createQuery("select count(f) from SafetyFlag f where f.followUp.closedAt is null", Long.class)
                .getSingleResult();
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

    private record ResultsOfClient(long clientId) {
    }
}
