package care.alliance.team;

import java.io.Serializable;
import java.util.List;

/** The rows of a caseload a query asked for, and how many clients the whole caseload holds. */
public record CaseloadPage(CaseloadQuery query, List<CaseloadEntry> entries, int clients) implements Serializable {

    public CaseloadPage {
        entries = List.copyOf(entries);
    }

    /** The page shown, counted from 1. */
    public int pageNumber() {
        return query.firstRow() / query.rows() + 1;
    }

    public int pageCount() {
        return Math.max(1, (clients + query.rows() - 1) / query.rows());
    }

    public boolean hasPrevious() {
        return pageNumber() > 1;
    }

    public boolean hasNext() {
        return pageNumber() < pageCount();
    }
}
