package care.alliance.audit;

import care.alliance.emergency.EmergencyAccess;
import care.alliance.access.AccessPolicy;
import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.Decision;
import care.alliance.access.ServiceWords;
import care.alliance.access.SignedInCaller;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The privacy officer's reading of the audit: a search paged in the database, newest first (a
 * count and one page, two statements, whatever the audit's size), and an export of everything a
 * search matches as CSV, read in batches so that no more than one batch is held at a time. Both
 * pass {@link AccessPolicy#mayReadAudit} and are themselves audited, allowed or refused, with the
 * filters used; neither shows any record's content, only whose record it was.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin",
        "privacy-officer"})
public class AuditSearch {

    static final String SEARCH_AUDIT = "SEARCH_AUDIT";
    static final String EXPORT_AUDIT = "EXPORT_AUDIT";

    /** The most events one export holds: the newest, with a line saying the file was cut. */
    public static final int MOST_EXPORTED = 100_000;
    static final int BATCH = 1_000;

    private static final String ROW = "select a.id, a.occurredAt, a.actor, s.name.given, s.name.family, a.actorRole,"
            + " a.action, a.recordType, a.recordId, c.recordNumber.value, c.legalName.given, c.legalName.family,"
            + " a.outcome, a.reason, a.sourceAddress from AuditEvent a"
            + " left join StaffMember s on s.accountId = a.actorAccountId"
            + " left join Client c on c.id = a.clientId";
    private static final String NEWEST_FIRST = " order by a.occurredAt desc, a.id desc";

    @Inject
    SignedInCaller signedIn;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    Clock clock = Clock.systemDefaultZone();

    int mostExported = MOST_EXPORTED;

    /** The events the query matches, the rows it asks for, and how many match in all. */
    public AuditPage search(AuditQuery query) {
        Caller caller = signedIn.current();
        Decision decision = require(caller, SEARCH_AUDIT, query);
        Filters filters = new Filters(query, zone());
        long matching = filters.apply(entityManager.createQuery("select count(a) from AuditEvent a" + filters.where(),
                Long.class)).getSingleResult();
        List<AuditEntry> entries = matching <= query.first() ? List.of()
                : filters.apply(entityManager.createQuery(ROW + filters.where() + NEWEST_FIRST, Object[].class))
                        .setFirstResult(query.first())
                        .setMaxResults(query.rows())
                        .getResultList().stream().map(AuditSearch::entry).toList();
        audit.record(List.of(audit.event(caller, SEARCH_AUDIT, decision).reason(decision.reason() + "; "
                + query.describe() + "; rows " + (query.first() + 1) + " to " + (query.first() + query.rows()))
                .build()));
        return new AuditPage(query, entries, matching);
    }

    /**
     * Writes every event the query matches, newest first, as CSV to {@code out}: at most
     * {@link #MOST_EXPORTED}, then a line saying the file was cut. The export goes on record once
     * it is written, with how many events left, also when the download broke off on the way: the
     * record says what was taken, and holds no event the file does not.
     */
    public AuditExport export(AuditQuery query, Writer out) {
        Caller caller = signedIn.current();
        Decision decision = require(caller, EXPORT_AUDIT, query);
        Filters filters = new Filters(query, zone());
        long matching = filters.apply(entityManager.createQuery("select count(a) from AuditEvent a" + filters.where(),
                Long.class)).getSingleResult();
        long written = 0;
        try {
            AuditCsv csv = new AuditCsv(out, zone());
            AuditEntry last = null;
            long wanted = Math.min(matching, mostExported);
            while (written < wanted) {
                List<AuditEntry> batch = nextBatch(filters, last, (int) Math.min(BATCH, wanted - written));
                batch.forEach(csv::write);
                written += batch.size();
                if (batch.isEmpty()) {
                    break;
                }
                last = batch.get(batch.size() - 1);
                csv.flush();
            }
            if (matching > mostExported) {
                csv.cut(written, matching);
            }
            csv.flush();
            return new AuditExport(written, matching);
        } finally {
            audit.record(List.of(audit.event(caller, EXPORT_AUDIT, decision).reason(decision.reason() + "; "
                    + query.describe() + "; " + written + " of " + matching + " events").build()));
        }
    }

    /** The batch after the last entry written, by time and id: no offset to count through. */
    private List<AuditEntry> nextBatch(Filters filters, AuditEntry last, int size) {
        String after = last == null ? ""
                : (filters.where().isEmpty() ? " where " : " and ")
                        + "(a.occurredAt < :lastAt or (a.occurredAt = :lastAt and a.id < :lastId))";
        TypedQuery<Object[]> batch = filters.apply(entityManager.createQuery(ROW + filters.where() + after
                + NEWEST_FIRST, Object[].class));
        if (last != null) {
            batch.setParameter("lastAt", last.occurredAt()).setParameter("lastId", last.id());
        }
        return batch.setMaxResults(size).getResultList().stream().map(AuditSearch::entry).toList();
    }

    private Decision require(Caller caller, String action, AuditQuery query) {
        Decision decision = AccessPolicy.mayReadAudit(caller);
        if (!decision.allowed()) {
            audit.record(List.of(audit.event(caller, action, decision)
                    .reason(decision.reason() + "; " + query.describe()).build()));
            throw new AccessRefused(ServiceWords.say("audit.roleDoesNotAllow"));
        }
        return decision;
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static AuditEntry entry(Object[] row) {
        String staffName = row[3] == null ? null : row[3] + " " + row[4];
        String clientName = row[10] == null ? null : row[10] + " " + row[11];
        return new AuditEntry((Long) row[0], (Instant) row[1], (String) row[2], staffName, (String) row[5],
                (String) row[6], (String) row[7], (Long) row[8], (String) row[9], clientName, (Outcome) row[12],
                (String) row[13], (String) row[14]);
    }

    /** The query's filters as a where clause on the audit event {@code a}, and their parameters. */
    private static final class Filters {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Filters(AuditQuery query, ZoneId zone) {
            if (query.person() != null) {
                add("a.actor = :person", "person", query.person());
            }
            if (query.client() != null) {
                add("a.clientId in (select k.id from Client k where k.recordNumber.value = :client)", "client",
                        query.client());
            }
            if (query.action() != null) {
                add("a.action = :action", "action", query.action());
            }
            query.wantedOutcome().ifPresent(outcome -> add("a.outcome = :outcome", "outcome", outcome));
            query.since(zone).ifPresent(since -> add("a.occurredAt >= :since", "since", since));
            query.until(zone).ifPresent(until -> add("a.occurredAt < :until", "until", until));
            if (query.emergencyOnly()) {
                conditions.add("(a.action = :emergencyAction or a.reason like :emergencyReason)");
                parameters.put("emergencyAction", EmergencyAccess.AUDIT_ACTION);
                parameters.put("emergencyReason", EmergencyAccess.AUDIT_REASON_PREFIX + ": %");
            }
        }

        private void add(String condition, String name, Object value) {
            conditions.add(condition);
            parameters.put(name, value);
        }

        String where() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        <T> TypedQuery<T> apply(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
