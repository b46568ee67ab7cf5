package care.alliance.team;

import java.io.Serializable;

/** Which rows of a clinician's caseload to show, and in which order. */
public record CaseloadQuery(CaseloadOrder order, boolean reversed, int firstRow, int rows) implements Serializable {

    /** The most rows one page shows, whatever the page asks for. */
    public static final int MOST_ROWS = 100;

    public static final CaseloadQuery FIRST_PAGE = new CaseloadQuery(CaseloadOrder.SAFETY_FLAGS_FIRST, false, 0, 10);

    public CaseloadQuery {
        order = order == null ? CaseloadOrder.SAFETY_FLAGS_FIRST : order;
        firstRow = Math.max(0, firstRow);
        rows = Math.max(1, Math.min(MOST_ROWS, rows));
    }
}
