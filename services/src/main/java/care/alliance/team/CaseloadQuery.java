package care.alliance.team;

import java.io.Serializable;

/** Which rows of a clinician's caseload to show, and in which order. */
public record CaseloadQuery(CaseloadOrder order, boolean reversed, int firstRow, int rows) implements Serializable {

    /** The most rows one page shows, whatever the page asks for. */
    public static final int MOST_ROWS = 100;

    public CaseloadQuery {
        order = order == null ? CaseloadOrder.SAFETY_FLAGS_FIRST : order;
        firstRow = Math.max(0, firstRow);
        rows = Math.max(1, Math.min(MOST_ROWS, rows));
    }

    /** The same order's last page of a caseload of so many clients. */
    public CaseloadQuery lastPageOf(int clients) {
        return new CaseloadQuery(order, reversed, Math.max(0, clients - 1) / rows * rows, rows);
    }

    /** The same order's first row alone, which carries the count of the whole caseload. */
    CaseloadQuery firstRowOnly() {
        return new CaseloadQuery(order, reversed, 0, 1);
    }
}
