package care.alliance.testing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** One row of the audit_event table, read back through JDBC exactly as it is stored. */
public record AuditRow(long id, OffsetDateTime occurredAt, String actor, String actorRole, String action,
        String recordType, Long recordId, Long clientId, String outcome, String reason, String sourceAddress,
        String actorAccountId) {

    static final String COLUMNS = "id, occurred_at, actor, actor_role, action, record_type, record_id,"
            + " client_id, outcome, reason, source_address, actor_account_id";

    static AuditRow of(ResultSet row) throws SQLException {
        return new AuditRow(row.getLong("id"), row.getObject("occurred_at", OffsetDateTime.class),
                row.getString("actor"), row.getString("actor_role"), row.getString("action"),
                row.getString("record_type"), row.getObject("record_id", Long.class),
                row.getObject("client_id", Long.class), row.getString("outcome"), row.getString("reason"),
                row.getString("source_address"), row.getString("actor_account_id"));
    }
}
