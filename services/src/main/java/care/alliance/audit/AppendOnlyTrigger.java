package care.alliance.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** Keeps the audit table append-only on the embedded H2 database, as a trigger does on PostgreSQL. */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit events are append-only: " + (newRow == null ? "DELETE" : "UPDATE")
                + " is not allowed", "23000");
    }
}
