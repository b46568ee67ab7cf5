package care.alliance.clinicimport;

import java.io.Serializable;
import java.util.Optional;

/** How far an import has come: rows done of those to add; once finished, every row as it ended. */
public record ImportProgress(int done, int total, boolean finished, ImportPreview summary) implements Serializable {

    public int getPercent() {
        return total == 0 ? 100 : done * 100 / total;
    }

    public Optional<ImportPreview> result() {
        return Optional.ofNullable(summary);
    }
}
