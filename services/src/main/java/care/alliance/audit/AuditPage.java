package care.alliance.audit;

import java.io.Serializable;
import java.util.List;

/** The rows of the audit a query shows, newest first, and how many events match it in all. */
public record AuditPage(AuditQuery query, List<AuditEntry> entries, long matching) implements Serializable {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
