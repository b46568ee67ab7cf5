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
import care.alliance.goal.CurrentGoalsView;
import care.alliance.goal.GoalView;
import care.alliance.measure.MeasuresView;
import care.alliance.relationship.AllianceCheckInView;
import care.alliance.relationship.AllianceService;
import care.alliance.relationship.AllianceView;
import care.alliance.task.TaskView;
import care.alliance.team.SmallClinic;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.ConnectionCount.Watched;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * What one view of the whole care plan page reads at most, however long the history: the team and
     * consent (2), the current goals and their answers (2), the plan, the notes, the emergency
     * accesses and the tasks (4), the latest check-ins (1), the recent scores and the schedules (2),
     * the recommendations and the reviews (2), the therapist's own notes (1), and the audit batch with
     * its block of ids (2). Ruptures and safety flags cost one more each, only when the client has any.
     */
    private static final int WHOLE_PAGE_STATEMENTS = 16;

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
        carePlanOf(alex, caller);
    }

    private void carePlanOf(long client, Caller caller) {
        database.careTeamService(caller).careTeamOf(client);
        database.goalService(caller).currentGoalsOf(client);
        database.carePlanService(caller).planOf(client);
        database.preferencesService(caller).preferencesOf(client);
        database.noteService(caller).notesOf(client);
        database.consentService(caller).consentOf(client);
        database.emergencyAccessService(caller).recentOf(client);
        database.taskService(caller).currentTasksOf(client);
    }

    /** What the sections of the care plan page read besides, each bean's view action (alliance, measures, case review, a therapist's own notes). */
    private void sectionsOf(long client, Caller caller) {
        database.allianceService(caller).recentAllianceOf(client);
        database.measureService(caller).recentMeasuresOf(client);
        database.caseReviewService(caller).caseReviewOf(client);
        database.noteService(caller).myPsychotherapyNotes(client);
    }

    private List<String> statementsOfPage(Runnable reads) {
        return database.watch(() -> database.pageView(() -> {
            reads.run();
            return false;
        })).statements();
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
    void theCarePlanReadsAtMostTenStatementsHoweverLongTheClientHasBeenInCare() {
        long fresh = YearsInCare.admit(database, "New", 0);
        long year = YearsInCare.admit(database, "Year", 1);
        long five = YearsInCare.admit(database, "Five", 5);

        Map<String, Integer> plan = new LinkedHashMap<>();
        Map<String, Integer> page = new LinkedHashMap<>();
        Map.of("new", fresh, "one year", year, "five years", five).entrySet().stream()
                .sorted(Map.Entry.comparingByValue()).forEach(client -> {
                    List<String> read = statementsOfPage(() -> carePlanOf(client.getValue(), SAM));
                    assertTrue(read.size() <= 10, client.getKey() + ": " + read.size() + " statements " + read);
                    plan.put(client.getKey(), read.size());
                    List<String> whole = statementsOfPage(() -> {
                        carePlanOf(client.getValue(), SAM);
                        sectionsOf(client.getValue(), SAM);
                    });
                    // a therapist's view, the widest: every section reads, the therapist's own notes too
                    assertTrue(whole.size() <= WHOLE_PAGE_STATEMENTS, client.getKey() + ": " + whole.size() + " statements " + whole);
                    page.put(client.getKey(), whole.size());
                });
        System.out.println("care plan statements (CarePlanPage.load): " + plan + "; with the page's sections: " + page);
        // the audit's block of 50 ids may run out on either page, which costs one statement
        assertTrue(page.get("five years") <= page.get("one year") + 1, "the whole page does not grow with the years: " + page);
    }

    @Test
    void fiveYearsOfCareShowTheLatestCheckInsAndTheLastMonthsOfScoresWithHowManyInAll() {
        long five = YearsInCare.admit(database, "Five", 5);

        AllianceView alliance = database.call(() -> database.allianceService(SAM).recentAllianceOf(five));
        MeasuresView measures = database.call(() -> database.measureService(SAM).recentMeasuresOf(five));
        MeasuresView every = database.call(() -> database.measureService(SAM).measuresOf(five));

        assertEquals(AllianceService.RECENT_CHECK_INS, alliance.checkIns().size());
        assertEquals(5 * YearsInCare.ALLIANCE_A_YEAR, alliance.checkInCount());
        assertTrue(alliance.hasEarlierCheckIns());
        assertTrue(alliance.checkIns().get(0).submittedAt().isBefore(alliance.checkIns().get(5).submittedAt()),
                "oldest of them first, for the trend");
        List<AllianceCheckInView> all = database.call(() -> database.allianceService(SAM).allianceOf(five)).checkIns();
        assertEquals(all.subList(all.size() - AllianceService.RECENT_CHECK_INS, all.size()), alliance.checkIns(),
                "the latest ones");
        LocalDate since = measures.shownSince();
        assertTrue(measures.results().stream().noneMatch(result -> result.completedOn().isBefore(since)));
        assertEquals(every.results().stream().filter(result -> !result.completedOn().isBefore(since)).toList(),
                measures.results(), "every result of the recent months, newest first");
        assertEquals(2L * 5 * YearsInCare.MEASURES_A_YEAR, measures.resultCount());
        assertTrue(measures.hasEarlierResults());
        assertEquals(every.episodes(), measures.episodes(), "the episodes from the first score on, as with every result");
        assertEquals(every.due(), measures.due());
    }

    @Test
    void fiveYearsOfCareShowTheCurrentGoalsAndTasksAndCountTheClosedGoals() {
        long five = YearsInCare.admit(database, "Five", 5);

        CurrentGoalsView current = database.call(() -> database.goalService(SAM).currentGoalsOf(five));
        List<GoalView> closed = database.call(() -> database.goalService(SAM).closedGoalsOf(five));
        List<TaskView> tasks = database.call(() -> database.taskService(SAM).currentTasksOf(five));

        assertEquals(YearsInCare.CURRENT_GOALS, current.goals().size());
        assertTrue(current.goals().stream().noneMatch(goal -> goal.status().isClosed()));
        assertEquals(5 * YearsInCare.GOALS_A_YEAR - YearsInCare.CURRENT_GOALS, current.closedCount());
        assertEquals(current.closedCount(), closed.size(), "unfolded, every closed goal");
        assertTrue(closed.stream().allMatch(goal -> goal.status().isClosed()));
        assertTrue(closed.get(0).lastChangedAt().isAfter(closed.get(closed.size() - 1).lastChangedAt()),
                "the most recently closed first");
        Set<Long> currentIds = current.goals().stream().map(GoalView::id).collect(Collectors.toSet());
        assertTrue(tasks.stream().allMatch(task -> currentIds.contains(task.goalId())), "only tasks toward current goals");
        assertEquals(12, tasks.size(), "three tasks toward each current goal");
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
