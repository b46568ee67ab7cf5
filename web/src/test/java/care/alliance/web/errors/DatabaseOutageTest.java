package care.alliance.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.transaction.SystemException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached just now", as pages receive them. */
class DatabaseOutageTest {

    @Test
    void aRefusedConnectionDeepInsideThePoolsAndTheContainersExceptionsIsAnOutage() {
        // as Payara Micro delivers it: EJB, Hibernate, the pool's SQLException without a state, the driver's at the bottom
        Throwable failure = new EJBException("Unable to acquire JDBC Connection", new PersistenceException("Unable to acquire JDBC Connection",
                new SQLException("Error in allocating a connection", null, new IllegalStateException("Connection could not be allocated",
                        new SQLException("Connection to 127.0.0.1:5432 refused", "08001")))));

        assertTrue(DatabaseOutage.in(failure));
        assertEquals(Optional.of("SQLState 08001"), DatabaseOutage.reasonIn(failure));
    }

    @Test
    void aConnectionDroppedOrClosedUnderARequestIsAnOutage() {
        assertEquals(Optional.of("SQLState 08006"), DatabaseOutage.reasonIn(new FacesException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertEquals(Optional.of("SQLState 08003"), DatabaseOutage.reasonIn(new PersistenceException(
                new SQLException("This connection has been closed.", "08003"))));
    }

    @Test
    void postgresqlShuttingDownOrStillStartingIsAnOutage() {
        assertTrue(DatabaseOutage.in(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseOutage.in(new SQLException("terminating connection because of crash of another server process", "57P02")));
        assertTrue(DatabaseOutage.in(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void aDriverThatSaysItOnlyByTheExceptionsTypeIsHeardToo() {
        Throwable failure = new FacesException(new EJBException(new SQLTransientConnectionException("connection timed out")));

        assertEquals(Optional.of("SQLState 08"), DatabaseOutage.reasonIn(failure));
    }

    @Test
    void aDeadPooledConnectionLentAtTheStartOfATransactionIsAnOutage() {
        // Payara's pool wraps this one without keeping the driver's exception as a cause
        Throwable failure = new EJBException(new PersistenceException("Unable to acquire JDBC Connection",
                new SQLException("Error in allocating a connection", null,
                        new ResourceAllocationException("Got exception during XAResource.start"))));

        assertEquals(Optional.of("no connection from the pool"), DatabaseOutage.reasonIn(failure));
    }

    @Test
    void aConnectionLostAsTheTransactionCommitsIsAnOutage() {
        // as Payara delivers it: the local transaction's failure flattened into the XAException's message
        XAException commitFailed = new XAException("jakarta.resource.spi.LocalTransactionException: An I/O error occurred");
        commitFailed.errorCode = XAException.XAER_RMERR;
        SystemException transactionManager = new SystemException();
        transactionManager.initCause(commitFailed);

        assertEquals(Optional.of("the database failed the commit"), DatabaseOutage.reasonIn(new EJBException(transactionManager)));
    }

    @Test
    void aTransactionRolledBackForItsOwnReasonsIsNotAnOutage() {
        XAException rolledBack = new XAException(XAException.XA_RBROLLBACK);

        assertFalse(DatabaseOutage.in(new EJBException(new IllegalStateException(rolledBack))));
    }

    @Test
    void otherDatabaseErrorsAreNotAnOutage() {
        assertFalse(DatabaseOutage.in(new EJBException(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505")))));
        assertFalse(DatabaseOutage.in(new SQLException("no state given")));
        assertFalse(DatabaseOutage.in(new OptimisticLockException("changed meanwhile")));
        assertFalse(DatabaseOutage.in(new IllegalStateException("a bug")));
        assertFalse(DatabaseOutage.in(null));
    }

    @Test
    void aChainOfCausesThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertFalse(DatabaseOutage.in(first));
    }
}
