package care.alliance.measure;

import java.io.Serializable;
import java.util.List;

/** One page of the registry: its rows, which page it is of how many, and how many clients match in all. */
public record RegistryPage(RegistryQuery query, List<RegistryRow> rows, long matching) implements Serializable {

    public RegistryPage {
        rows = List.copyOf(rows);
    }

    public int pageCount() {
        return (int) Math.max(1, (matching + RegistryQuery.PAGE_SIZE - 1) / RegistryQuery.PAGE_SIZE);
    }

    public boolean hasNext() {
        return query.page() + 1 < pageCount();
    }

    public boolean hasPrevious() {
        return query.page() > 0;
    }
}
