package care.alliance.web.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.servlet.ServletRequest;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Whether a failure means the database cannot be reached just now (it is restarting, or the
 * network to it is down) rather than that Alliance did something wrong. Such failures reach the
 * pages wrapped in EJB, JPA, Hibernate and connection-pool exceptions; the driver's own
 * exception at the bottom, or the pool's "could not allocate", says what happened. Those requests are answered 503 with "unavailable
 * for a moment", never 500: trying again shortly is the right thing to do.
 *
 * <p>As a bean, it tells the 503 page whether that is why it is shown: {@code #{databaseOutage.noticed}}.
 */
@Named
@ApplicationScoped
public class DatabaseOutage {

    /** The request attribute that tells the 503 page that the database is the reason. */
    static final String NOTICED = "care.alliance.web.databaseOutage";

    /** How long, in seconds, a browser or proxy is asked to wait before trying again. */
    public static final String RETRY_AFTER_SECONDS = "10";

    public boolean isNoticed() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && Boolean.TRUE.equals(faces.getExternalContext().getRequestMap().get(NOTICED));
    }

    static void notice(ServletRequest request) {
        request.setAttribute(NOTICED, Boolean.TRUE);
    }

    /** True when the failure, or anything it was caused by, says the database connection is gone or refused. */
    static boolean in(Throwable failure) {
        return reasonIn(failure).isPresent();
    }

    /**
     * What gave the outage away, for the log: the SQLState ("SQLState 08" when only the
     * exception's type did), or the pool that could not lend a working connection.
     */
    public static Optional<String> reasonIn(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                String state = ((SQLException) cause).getSQLState();
                return Optional.of("SQLState " + (state == null ? "08" : state));
            }
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return Optional.of("SQLState " + sql.getSQLState());
            }
            if (cause instanceof ResourceAllocationException) {
                // The container's pool found no working connection to lend: the database is down, a
                // connection died under it (the driver's exception is then often not kept as a
                // cause), or every connection is in use for longer than the pool waits.
                return Optional.of("no connection from the pool");
            }
            if (cause instanceof XAException xa && (xa.errorCode == XAException.XAER_RMFAIL || xa.errorCode == XAException.XAER_RMERR)) {
                // The database failed the commit: Payara turns the driver's exception into this
                // one's message, not its cause. With one non-XA database there is no other
                // resource manager it could be. Whether the commit took is unknown, so the answer
                // is the outage's "try again" rather than a 500 that says Alliance is broken.
                return Optional.of("the database failed the commit");
            }
        }
        return Optional.empty();
    }

    /**
     * SQLState class 08 is "connection exception" in the SQL standard (refused, broken, closed);
     * PostgreSQL adds 57P01 (terminated by an administrator: a restart), 57P02 (crash shutdown)
     * and 57P03 (not accepting connections yet: still starting).
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08")
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
