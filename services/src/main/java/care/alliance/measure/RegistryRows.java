package care.alliance.measure;

import care.alliance.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The registry's reads, built for a caseload of thousands: one statement finds, filters, orders
 * and pages the clients of the caller's teams in the database and brings each row's figures (the
 * first and latest score of each questionnaire, from the episodes kept beside the results, the
 * open and last closed safety flag, an open possible rupture, the next due day, each
 * questionnaire's schedule); the page's teams come in one more statement.
 *
 * <p>The page statement orders and filters by the treat-to-target status it works out in SQL;
 * {@link Registry} reads each row's status again from the domain's {@link Episode}, and
 * {@code RegistryTest} proves both agree on every client of the demo clinic.
 */
@ApplicationScoped
public class RegistryRows {

    /**
     * Attention ranks as {@link EpisodeStatus#attentionRank()} gives them; 9 for a client with no
     * measure. Each client's episodes and schedules are joined by their keys rather than through
     * common table expressions, so that a misjudged caseload size never makes the database scan
     * one of them once per client.
     */
    private static final String PAGE = """
            with mine as (
                select t.id as team_id, t.client_id,
                       (select min(a.starts_on) from care_team_member a where a.care_team_id = t.id) as care_start
                from care_team t
                where exists (select 1 from care_team_member m join staff_member s on s.id = m.staff_member_id
                              where m.care_team_id = t.id and s.account_id = :account
                                and m.starts_on <= :today and (m.ends_on is null or m.ends_on >= :today))
            ),
            flags as (
                select f.client_id, min(case when f.closed_at is null then f.raised_at end) as open_flag_at,
                       max(f.closed_at) as last_closed_at
                from safety_flag f join mine on mine.client_id = f.client_id
                group by f.client_id
            ),
            ruptures as (
                select distinct p.client_id
                from possible_rupture p join mine on mine.client_id = p.client_id
                where p.repaired_at is null
            ),
            measured as (
                select mine.client_id, mine.team_id, c.family_name, c.given_name, mine.care_start,
                       pe.baseline_total as phq_baseline, pe.baseline_on as phq_baseline_on,
                       pe.latest_total as phq_total, pe.latest_on as phq_latest_on, pe.scores as phq_scores,
                       sp.every_weeks as phq_every_weeks, sp.paused as phq_paused, sp.starts_on as phq_starts_on,
                       ge.baseline_total as gad_baseline, ge.baseline_on as gad_baseline_on,
                       ge.latest_total as gad_total, ge.latest_on as gad_latest_on, ge.scores as gad_scores,
                       sg.every_weeks as gad_every_weeks, sg.paused as gad_paused, sg.starts_on as gad_starts_on,
                       case when pe.client_id is null then 9
                            when pe.scores > 1 and pe.latest_total < :remissionBelow then 4
                            when pe.scores > 1 and pe.baseline_total > 0
                                 and (pe.baseline_total - pe.latest_total) * 2 >= pe.baseline_total then 3
                            when pe.baseline_on <= :notImprovingFrom then 0
                            when pe.latest_total < pe.baseline_total then 2
                            else 1 end as phq_attention,
                       case when ge.client_id is null then 9
                            when ge.scores > 1 and ge.latest_total < :remissionBelow then 4
                            when ge.scores > 1 and ge.baseline_total > 0
                                 and (ge.baseline_total - ge.latest_total) * 2 >= ge.baseline_total then 3
                            when ge.baseline_on <= :notImprovingFrom then 0
                            when ge.latest_total < ge.baseline_total then 2
                            else 1 end as gad_attention,
                       case when coalesce(sp.paused, false) then null
                            when pe.latest_on is null then coalesce(sp.starts_on, mine.care_start)
                            else pe.latest_on + 7 * coalesce(sp.every_weeks, :standardWeeks) end as phq_due_on,
                       case when coalesce(sg.paused, false) then null
                            when ge.latest_on is null then coalesce(sg.starts_on, mine.care_start)
                            else ge.latest_on + 7 * coalesce(sg.every_weeks, :standardWeeks) end as gad_due_on,
                       flags.open_flag_at, flags.last_closed_at,
                       case when ruptures.client_id is null then 0 else 1 end as rupture
                from mine join client c on c.id = mine.client_id
                     left join measure_episode pe on pe.client_id = mine.client_id and pe.instrument = 'PHQ_9'
                     left join measure_episode ge on ge.client_id = mine.client_id and ge.instrument = 'GAD_7'
                     left join measure_schedule sp on sp.client_id = mine.client_id and sp.instrument = 'PHQ_9'
                     left join measure_schedule sg on sg.client_id = mine.client_id and sg.instrument = 'GAD_7'
                     left join flags on flags.client_id = mine.client_id
                     left join ruptures on ruptures.client_id = mine.client_id
            ),
            registry as (
                select measured.*,
                       case when phq_attention < gad_attention then phq_attention else gad_attention end as attention,
                       case when phq_due_on is null then gad_due_on
                            when gad_due_on is null or phq_due_on < gad_due_on then phq_due_on
                            else gad_due_on end as next_due_on
                from measured
            )
            select client_id, team_id, care_start,
                   phq_baseline, phq_baseline_on, phq_total, phq_latest_on, phq_scores,
                   phq_every_weeks, phq_paused, phq_starts_on,
                   gad_baseline, gad_baseline_on, gad_total, gad_latest_on, gad_scores,
                   gad_every_weeks, gad_paused, gad_starts_on,
                   open_flag_at, last_closed_at,
                   (select max(f.raised_at) from safety_flag f
                    where f.client_id = registry.client_id and f.closed_at = registry.last_closed_at) as last_raised_at,
                   rupture, count(*) over () as matching
            from registry
            where :filter = 'ALL'
               or (:filter = 'FLAGGED' and open_flag_at is not null)
               or (:filter = 'NOT_IMPROVING' and attention = 0)
               or (:filter = 'OVERDUE' and next_due_on <= :overdueIfDueBy)
               or (:filter = 'POSSIBLE_RUPTURE' and rupture = 1)
            order by case when open_flag_at is null then 1 else 0 end, open_flag_at, %s,
                     family_name, given_name, client_id
            """;

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    public RegistryRows() {
    }

    public RegistryRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One client's figures as the page statement reads them. */
    record Figures(long clientId, long teamId, LocalDate careStart, Measured phq, Measured gad, Instant openFlagAt,
            Instant lastClosedAt, Instant lastRaisedAt, boolean possibleRupture, long matching) {

        Measured of(Instrument instrument) {
            return instrument == Instrument.PHQ_9 ? phq : gad;
        }
    }

    /**
     * A client's first and latest score on one questionnaire (none when they never filled it in),
     * how many in all, and the team's schedule for it (none when it keeps the standard one).
     */
    record Measured(Score baseline, Score latest, int scores, Integer everyWeeks, boolean paused, LocalDate startsOn) {

        boolean hasScores() {
            return baseline != null;
        }

        boolean hasSchedule() {
            return everyWeeks != null;
        }
    }

    /** The page of the clients on the caller's teams today that the query asks for, with their figures. */
    List<Figures> page(String accountId, RegistryQuery query, LocalDate today, TreatToTarget rule) {
        List<?> rows = entityManager.createNativeQuery(PAGE.formatted(order(query)))
                .setParameter("account", accountId)
                .setParameter("today", today)
                .setParameter("remissionBelow", Instrument.REMISSION_BELOW)
                .setParameter("notImprovingFrom", today.minusWeeks(rule.notImprovingAfterWeeks()))
                .setParameter("standardWeeks", MeasureSchedule.STANDARD_WEEKS)
                .setParameter("overdueIfDueBy", today.minusDays(MeasureSchedule.OVERDUE_AFTER_DAYS))
                .setParameter("filter", query.filter().name())
                .setFirstResult(query.firstRow())
                .setMaxResults(RegistryQuery.PAGE_SIZE)
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new Figures(number(row[0]), number(row[1]),
                SqlValues.day(row[2]), measured(Instrument.PHQ_9, row, 3), measured(Instrument.GAD_7, row, 11),
                SqlValues.instant(row[19]), SqlValues.instant(row[20]), SqlValues.instant(row[21]), number(row[22]) == 1,
                number(row[23]))).toList();
    }

    /** The eight columns of one questionnaire from {@code first} on. */
    private static Measured measured(Instrument instrument, Object[] row, int first) {
        Score baseline = row[first] == null ? null
                : new Score(instrument, (int) number(row[first]), SqlValues.day(row[first + 1]));
        Score latest = row[first + 2] == null ? null
                : new Score(instrument, (int) number(row[first + 2]), SqlValues.day(row[first + 3]));
        return new Measured(baseline, latest, row[first + 4] == null ? 0 : (int) number(row[first + 4]),
                row[first + 5] == null ? null : (int) number(row[first + 5]), Boolean.TRUE.equals(row[first + 6]),
                SqlValues.day(row[first + 7]));
    }

    /** The chosen column in its reading direction, or the other way round; clients without a figure last. */
    private static String order(RegistryQuery query) {
        String forward = query.reversed() ? "desc" : "asc";
        String backward = query.reversed() ? "asc" : "desc";
        return switch (query.sort()) {
            case NAME -> "family_name " + forward + ", given_name " + forward;
            case STATUS -> "attention " + forward;
            case PHQ_9 -> "phq_total " + backward + " nulls last";
            case GAD_7 -> "gad_total " + backward + " nulls last";
            case WEEKS_IN_CARE -> "care_start " + forward + " nulls last";
            case DUE -> "next_due_on " + forward + " nulls last";
        };
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
