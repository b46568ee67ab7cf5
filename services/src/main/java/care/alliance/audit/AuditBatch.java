package care.alliance.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The audit events of one page view, kept while its transaction runs: written in it, as one batch,
 * when it commits; written after it, once its connection is back in the pool, when it rolls back.
 */
final class AuditBatch {

    private final List<AuditEvent> events = new ArrayList<>();

    void add(List<AuditEvent> more) {
        events.addAll(more);
    }

    /** The events kept so far, which this batch no longer holds. */
    List<AuditEvent> take() {
        List<AuditEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }
}
