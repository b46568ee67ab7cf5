package care.alliance.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.Caller;
import care.alliance.access.Decision;
import care.alliance.access.Role;
import care.alliance.testing.Accounts;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import java.util.List;
import java.util.stream.LongStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** A page that reads thirty records leaves thirty audit events, written together rather than one statement each. */
class AuditTrailWritesOneBatchTest {

    @Test
    void thirtyEventsAreWrittenWithOneInsertStatement() {
        try (ClinicDatabase database = ClinicDatabase.migrated()) {
            AuditTrail audit = database.auditTrail();
            Caller caller = Accounts.signedIn("maria.gomez", Role.CARE_MANAGER);
            List<AuditEvent> events = LongStream.rangeClosed(1, 30)
                    .mapToObj(client -> audit.event(caller, "VIEW_CASELOAD", Decision.allow("clinician's own caseload"))
                            .record("CareTeam", client).client(client).build())
                    .toList();
            long before = database.lastAuditEventId();
            Statistics statistics = database.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
            statistics.setStatisticsEnabled(true);
            statistics.clear();

            audit.record(events);
            long prepared = statistics.getPrepareStatementCount();
            statistics.setStatisticsEnabled(false);

            assertEquals(30, database.auditEventsAfter(before).size(), "every event is kept");
            // the insert, prepared once for the batch, and the sequence asked for a block of numbers
            assertTrue(prepared <= 3, "statements prepared for 30 events: " + prepared);
        }
    }

    @Test
    void aPageViewsBatchIsSentWhenWrittenNotLeftToTheCommit() {
        try (ClinicDatabase database = ClinicDatabase.migrated()) {
            AuditTrail audit = database.auditTrail();
            Caller caller = Accounts.signedIn("sam.rivera", Role.THERAPIST);
            List<AuditEvent> events = LongStream.rangeClosed(1, 3)
                    .mapToObj(client -> audit.event(caller, "VIEW_PLAN", Decision.allow("member of the client's care team"))
                            .record("CarePlan", client).client(client).build())
                    .toList();
            Statistics statistics = database.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
            statistics.setStatisticsEnabled(true);
            statistics.clear();

            long insertedBeforeTheCommit = database.inNewTransaction(() -> {
                audit.write(events);
                return statistics.getEntityInsertCount();
            });
            statistics.setStatisticsEnabled(false);

            // a lost connection then fails the write itself, with the driver's SQLState, not the commit
            assertEquals(3, insertedBeforeTheCommit);
        }
    }

    @Test
    void aPageViewWhoseCommitFailsStillLeavesItsEventsOnRecord() {
        try (ClinicDatabase database = ClinicDatabase.migrated()) {
            AuditTrail audit = database.auditTrail();
            Caller caller = Accounts.signedIn("sam.rivera", Role.THERAPIST);
            long before = database.lastAuditEventId();

            assertThrows(IllegalStateException.class, () -> database.pageViewWhoseCommitFails(() -> {
                audit.record(LongStream.rangeClosed(1, 2)
                        .mapToObj(client -> audit.event(caller, "VIEW_PLAN", Decision.allow("member of the client's care team"))
                                .record("CarePlan", client).client(client).build())
                        .toList());
                return false;
            }));

            assertEquals(List.of(1L, 2L), database.auditEventsAfter(before).stream()
                    .map(AuditRow::clientId).sorted().toList(), "written again after the rollback");
        }
    }
}
