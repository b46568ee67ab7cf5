package care.alliance.monitoring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The product's counters kept in memory, where the container would publish them: tests read what was counted. */
public final class CountedMetrics extends ProductMetrics {

    private final AtomicLong signIns = new AtomicLong();
    private final AtomicLong rupturesFlagged = new AtomicLong();
    private final Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();

    @Override
    public void signedIn() {
        signIns.incrementAndGet();
    }

    @Override
    public void refused(String action) {
        refusals.computeIfAbsent(action, any -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public void ruptureFlagged() {
        rupturesFlagged.incrementAndGet();
    }

    public long signIns() {
        return signIns.get();
    }

    public long refusals(String action) {
        AtomicLong counted = refusals.get(action);
        return counted == null ? 0 : counted.get();
    }

    public long refusals() {
        return refusals.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public long rupturesFlagged() {
        return rupturesFlagged.get();
    }
}
