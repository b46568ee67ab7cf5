package care.alliance.monitoring;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A failure as Alliance's own log may carry it: where it happened and of which kind, not what it
 * said. Messages of persistence, validation and JSON failures quote the values they failed on —
 * a client's name in a batch insert, a record number in a duplicate key — so the stand-in keeps
 * each exception's class, its SQL state and its stack, and drops every message.
 */
public final class LoggedFailure extends RuntimeException {

    private LoggedFailure(Throwable failure, Set<Throwable> seen) {
        super(kindOf(failure), failure.getCause() == null || !seen.add(failure.getCause())
                ? null
                : new LoggedFailure(failure.getCause(), seen), false, true);
        setStackTrace(failure.getStackTrace());
    }

    /** The failure without its messages, its causes likewise, for {@code LOG.log(level, text, thrown)}. */
    public static LoggedFailure of(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(failure);
        return new LoggedFailure(failure, seen);
    }

    /** One line for a warning: the kinds of the failure and its causes, outermost first. */
    public static String describe(Throwable failure) {
        StringBuilder kinds = new StringBuilder();
        for (Throwable cause = of(failure); cause != null; cause = cause.getCause()) {
            kinds.append(kinds.length() == 0 ? "" : " < ").append(cause.getMessage());
        }
        return kinds.toString();
    }

    private static String kindOf(Throwable failure) {
        String kind = failure.getClass().getName();
        return failure instanceof SQLException sql && sql.getSQLState() != null
                ? kind + " (SQL state " + sql.getSQLState() + ")"
                : kind;
    }
}
