package care.alliance.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.Caller;
import care.alliance.access.Role;
import care.alliance.testing.ClinicDatabase;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal's home page asks several services for the same lists of the client's records (the
 * goals for the plan and for the celebrations, the check-ins for both, the results for what is due
 * and for the scores); in one page view each is read from the database once.
 */
class PortalPageViewReadsTest {

    private static final Caller ALEX = Caller.of("a11ce000-0000-4000-8000-000000000007", "alex.morgan", Role.CLIENT);

    private static ClinicDatabase database;

    @BeforeAll
    static void demoClinic() {
        database = ClinicDatabase.withDemoClinic();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void theClientsListsAreEachReadOncePerPageView() {
        Statistics statistics = database.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        long[] queries = new long[2];
        try {
            database.pageView(() -> {
                statistics.clear();
                long alex = database.careTeamService(ALEX).myCareTeam().clientId();
                database.goalService(ALEX).goalsOf(alex);
                database.taskService(ALEX).tasksOf(alex);
                database.progressService(ALEX).celebrationsOf(alex);
                database.progressService(ALEX).progressOf(alex);
                database.measureService(ALEX).dueFor(alex);
                database.measureService(ALEX).myScores(alex);
                database.careTeamService(ALEX).myCareTeam();
                queries[0] = statistics.getQueryExecutionCount();

                statistics.clear();
                assertFalse(database.goalService(ALEX).goalsOf(alex).isEmpty());
                database.progressService(ALEX).celebrationsOf(alex);
                database.measureService(ALEX).myScores(alex);
                queries[1] = statistics.getQueryExecutionCount();
                return false;
            });
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        assertEquals(0, queries[1], "asked again in the same page view, nothing is read again");
        // the team by the client's account, the goals, the consent, the tasks, the check-ins, the results
        assertTrue(queries[0] <= 6, queries[0] + " queries for the page's first round of calls");
    }
}
