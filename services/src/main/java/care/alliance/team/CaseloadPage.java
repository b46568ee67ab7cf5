package care.alliance.team;

import java.io.Serializable;
import java.util.List;

/** The rows of a caseload a query asked for, and how many clients the whole caseload holds. */
public record CaseloadPage(CaseloadQuery query, List<CaseloadEntry> entries, int clients) implements Serializable {

    public CaseloadPage {
        entries = List.copyOf(entries);
    }
}
