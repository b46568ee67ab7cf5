package care.alliance.clinicimport;

import java.io.Serializable;
import java.util.List;

/** Every row of the files and what importing would do with it; nothing has been saved. */
public record ImportPreview(List<RowResult> rows) implements Serializable {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long count(RowOutcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    public long getToAdd() {
        return count(RowOutcome.TO_ADD);
    }

    public long getUnchanged() {
        return count(RowOutcome.UNCHANGED);
    }

    public long getRefused() {
        return count(RowOutcome.REFUSED);
    }

    public List<RowResult> refusedRows() {
        return rows.stream().filter(RowResult::isRefused).toList();
    }
}
