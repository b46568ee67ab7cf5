package care.alliance.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import care.alliance.testing.ClinicDatabase;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client's goals read whole, with their revisions, owners and labels in one statement, hold each
 * revision once: the revisions are joined with the owners and labels, which repeat their rows.
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
}
