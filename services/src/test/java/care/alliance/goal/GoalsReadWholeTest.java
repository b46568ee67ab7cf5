package care.alliance.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import care.alliance.testing.ClinicDatabase;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Goals read whole, with their revisions, owners and labels in one statement, hold each revision
 * once, though the owners and labels repeat its rows.
 */
class GoalsReadWholeTest {

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
    void everyGoalReadWithTheClientsGoalsHoldsEachRevisionOnce() {
        Map<Long, Long> stored = new TreeMap<>();
        database.ids("select goal_id from goal_revision").forEach(goal -> stored.merge(goal, 1L, Long::sum));
        assertFalse(stored.isEmpty());
        Map<Long, Long> read = new TreeMap<>();
        for (long client : database.ids("select distinct client_id from goal")) {
            List<Goal> goals = database.inNewTransaction(() -> new JpaGoals(database.entityManager()).ofClient(client));
            goals.forEach(goal -> read.put(goal.id(), (long) goal.revisions().size()));
        }
        assertEquals(stored, read);
    }

    @Test
    void aGoalLookedUpByItsNumberIsReadWholeInTwoStatementsOnceATransaction() {
        Statistics statistics = database.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            long[] read = new long[2];
            database.inNewTransaction(() -> {
                statistics.clear();
                JpaGoals goals = new JpaGoals(database.entityManager(), database.thisTransaction());
                Goal goal = goals.find(1).orElseThrow();
                goals.find(1).orElseThrow();
                goal.revisions().forEach(revision -> revision.content().owners().size());
                goal.labels().size();
                goal.consensus();
                read[0] = statistics.getPrepareStatementCount();
                read[1] = goal.revisions().size();
            });
            assertEquals(2, read[0], "the goal with its revisions, owners and labels; then its answers");
            assertEquals(1, read[1]);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
