package care.alliance.careplan;

import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.team.SmallClinic.TESS;
import static care.alliance.team.SmallClinic.Person.ALEX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.CarePlanAccess;
import care.alliance.access.PlanOperation;
import care.alliance.team.SmallClinic;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.ConnectionCount.Watched;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The care plan page's view action as the container runs it: every service it calls joins one
 * transaction, which reads the client's team and consent once, holds one connection, and writes
 * the page's audit events as one batch; a refused page still leaves its audit event, written after
 * the page's connection is given back.
 */
class CarePlanPageViewTest {

    private ClinicDatabase database;
    private long alex;
    private Statistics statistics;

    @BeforeEach
    void openTheClinic() {
        database = ClinicDatabase.migrated();
        alex = SmallClinic.openIn(database).clientId(ALEX);
        statistics = database.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
    }

    @AfterEach
    void closeTheClinic() {
        statistics.setStatisticsEnabled(false);
        database.close();
    }

    /** What the care plan page's view action reads, in its order (CarePlanPage.load). */
    private void carePlanOfAlexAs(Caller caller) {
        database.careTeamService(caller).careTeamOf(alex);
        database.goalService(caller).goalsOf(alex);
        database.carePlanService(caller).planOf(alex);
        database.preferencesService(caller).preferencesOf(alex);
        database.noteService(caller).notesOf(alex);
        database.consentService(caller).consentOf(alex);
        database.emergencyAccessService(caller).recentOf(alex);
        database.taskService(caller).tasksOf(alex);
    }

    private void countTransactions() {
        statistics.setStatisticsEnabled(true);
        statistics.clear();
    }

    @Test
    void aPageViewReadsTheTeamAndConsentOnceHoldsOneConnectionAndWritesItsEventsTogether() {
        long before = database.lastAuditEventId();
        countTransactions();

        Watched page = database.watch(() -> database.pageView(() -> {
            carePlanOfAlexAs(SAM);
            return false;
        }));

        assertEquals(1, page.on("care_team"), "team reads in one page view: " + page.statements());
        assertEquals(1, page.on("client_consent"), "consent reads in one page view");
        assertEquals(1, page.mostConnectionsHeld(), "connections held at once by one page view");
        List<AuditRow> written = database.auditEventsAfter(before);
        assertEquals(8, written.size(), "one event per record read");
        assertTrue(written.stream().allMatch(row -> row.outcome().equals("ALLOWED") && row.clientId() == alex));
        assertEquals(1, page.on("audit_event"), "audit inserts: the page's events in one batch");
        assertEquals(1, statistics.getTransactionCount(), "transactions: the page's, its audit batch within it");
    }

    @Test
    void theSameCallsAsFormsMakeThemStillAuditEachCallInATransactionOfItsOwn() {
        long before = database.lastAuditEventId();
        countTransactions();

        Watched calls = database.watch(() -> database.call(() -> {
            carePlanOfAlexAs(SAM);
            return null;
        }));

        assertEquals(8, database.auditEventsAfter(before).size());
        // each audit write commits on its own, on a second connection, as a form's change has always done
        assertEquals(2, calls.mostConnectionsHeld());
        assertTrue(statistics.getTransactionCount() >= 9, "transactions: " + statistics.getTransactionCount());
    }

    @Test
    void aRefusedPageViewStillLeavesItsAuditEventWrittenAfterItsConnectionIsBack() {
        long before = database.lastAuditEventId();

        Watched page = database.watch(() -> assertThrows(AccessRefused.class, () -> database.pageView(() -> {
            carePlanOfAlexAs(TESS);
            return false;
        })));

        List<AuditRow> written = database.auditEventsAfter(before);
        assertEquals(1, written.size(), "the refused read, and nothing after it");
        assertEquals("REFUSED", written.get(0).outcome());
        assertEquals("tess.walker", written.get(0).actor());
        assertEquals(alex, written.get(0).clientId());
        assertEquals(1, page.mostConnectionsHeld(), "the audit waits for the refused page's connection to be given back");
    }

    @Test
    void theRememberedTeamStillGoesThroughThePolicyForEveryCall() {
        long before = database.lastAuditEventId();
        CarePlanAccess access = database.carePlanAccess(SAM);

        Watched page = database.watch(() -> assertThrows(AccessRefused.class, () -> database.pageView(() -> {
            access.require(alex, PlanOperation.VIEW_PLAN, "CarePlan", null);
            // a therapist may read the plan but not mark the case reviewed: the team is not read again, the rule is
            access.require(alex, PlanOperation.MARK_REVIEWED, "CaseReview", null);
            return false;
        })));

        assertEquals(1, page.on("care_team"));
        List<String> outcomes = database.auditEventsAfter(before).stream()
                .map(row -> row.action() + " " + row.outcome()).toList();
        assertEquals(List.of("VIEW_PLAN ALLOWED", "MARK_REVIEWED REFUSED"), outcomes);
    }
}
