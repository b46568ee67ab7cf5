package care.alliance.monitoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.BatchUpdateException;
import org.junit.jupiter.api.Test;

/** What Alliance logs of a failure: its kinds and its stack, never the values its messages quote. */
class LoggedFailureTest {

    private final BatchUpdateException batch = new BatchUpdateException(
            "Batch entry 0 insert into client (given_name, family_name) values ('Jordan', 'Lee') was aborted", "23505",
            new int[0]);
    private final PersistenceException failure = new PersistenceException("could not execute batch [Jordan Lee]", batch);

    @Test
    void theStandInKeepsEachKindSqlStateAndStackButNoMessage() {
        LoggedFailure logged = LoggedFailure.of(failure);
        StringWriter printed = new StringWriter();
        logged.printStackTrace(new PrintWriter(printed));

        assertFalse(printed.toString().contains("Jordan"), printed.toString());
        assertTrue(printed.toString().contains("jakarta.persistence.PersistenceException"), printed.toString());
        assertTrue(printed.toString().contains("java.sql.BatchUpdateException (SQL state 23505)"), printed.toString());
        assertArrayEquals(failure.getStackTrace(), logged.getStackTrace());
        assertArrayEquals(batch.getStackTrace(), logged.getCause().getStackTrace());
    }

    @Test
    void describedInOneLineOutermostFirst() {
        assertEquals("jakarta.persistence.PersistenceException < java.sql.BatchUpdateException (SQL state 23505)",
                LoggedFailure.describe(failure));
    }

    @Test
    void aCauseThatLeadsBackStopsTheChain() {
        IllegalStateException outer = new IllegalStateException("Alex Morgan");
        IllegalArgumentException inner = new IllegalArgumentException("Alex Morgan", outer);
        outer.initCause(inner);

        assertEquals("java.lang.IllegalStateException < java.lang.IllegalArgumentException", LoggedFailure.describe(outer));
    }
}
