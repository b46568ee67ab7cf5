package care.alliance.clinicimport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One import under way, in memory only: the rows as the check left them, each replaced by its
 * result as it is imported. Its temporary passwords live here until clinic IT has been shown the
 * summary, and nowhere else.
 */
public final class ImportRun {

    private final UUID id = UUID.randomUUID();
    private final String ownerAccountId;
    private final AtomicReferenceArray<RowResult> rows;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private volatile Instant finished;

    ImportRun(String ownerAccountId, List<PlannedRow> planned) {
        this.ownerAccountId = ownerAccountId;
        this.rows = new AtomicReferenceArray<>(planned.stream().map(PlannedRow::result).toArray(RowResult[]::new));
        this.total = (int) planned.stream().filter(PlannedRow::isToAdd).count();
    }

    UUID id() {
        return id;
    }

    boolean isOf(String accountId) {
        return ownerAccountId.equals(accountId);
    }

    void rowDone(int index, RowResult result) {
        rows.set(index, result);
        done.incrementAndGet();
    }

    void finish(Instant at) {
        finished = at;
    }

    boolean finishedBefore(Instant moment) {
        Instant at = finished;
        return at != null && at.isBefore(moment);
    }

    ImportProgress progress() {
        boolean over = finished != null;
        ImportPreview summary = null;
        if (over) {
            RowResult[] all = new RowResult[rows.length()];
            for (int i = 0; i < all.length; i++) {
                all[i] = rows.get(i);
            }
            summary = new ImportPreview(List.of(all));
        }
        return new ImportProgress(done.get(), total, over, summary);
    }
}
