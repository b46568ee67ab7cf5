package care.alliance.web.caseload;

import care.alliance.access.Role;
import care.alliance.review.CaseReviewService;
import care.alliance.review.CaseReviewSummary;
import care.alliance.team.CareTeamService;
import care.alliance.team.CaseloadEntry;
import care.alliance.team.CaseloadOrder;
import care.alliance.team.CaseloadPage;
import care.alliance.team.CaseloadQuery;
import care.alliance.web.paging.ListAddress;
import care.alliance.web.signin.SignedInPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * "My caseload": the clients whose care team the signed-in clinician is on, with their teams and
 * the goals waiting for agreement. Ordered and paged by the server from the page's address
 * (sort, reversed, page), a page of rows at a time, so a caseload of thousands reads and audits
 * only the rows shown, and the page needs no script to sort or turn pages.
 */
@Named
@RequestScoped
public class Caseload {

    private static final int ROWS_A_PAGE = 10;

    @Inject
    CareTeamService careTeams;

    @Inject
    CaseReviewService caseReviews;

    @Inject
    SignedInPerson signedInPerson;

    private final ListAddress address = new ListAddress();
    private CaseloadPage shown;
    private Map<Long, CaseReviewSummary> caseReviewOf = Map.of();

    /** Runs as the page's view action, before rendering, so a refusal becomes a clean 403. */
    public void load() {
        shown = careTeams.myCaseload(query());
        if (shown.entries().isEmpty() && shown.clients() > 0) {
            // an address past the last page (an old bookmark, a caseload grown shorter) shows the last page
            shown = careTeams.myCaseload(shown.query().lastPageOf(shown.clients()));
        }
        // Only primary care answers psychiatric recommendations: the others' rows need not read them.
        caseReviewOf = signedInPerson.role().filter(role -> role == Role.PRIMARY_CARE).isPresent()
                && !shown.entries().isEmpty()
                ? caseReviews.openRecommendationsFor(shown.entries().stream().map(entry -> entry.team().clientId()).toList())
                : Map.of();
    }

    CaseloadQuery query() {
        return new CaseloadQuery(address.order(CaseloadOrder.class, CaseloadOrder.SAFETY_FLAGS_FIRST),
                address.asksReversed(), address.pageIndex() * ROWS_A_PAGE, ROWS_A_PAGE);
    }

    /** Whether a psychiatric recommendation on the client waits for the reader's answer. */
    public boolean awaitsAnswer(CaseloadEntry entry) {
        CaseReviewSummary summary = caseReviewOf.get(entry.team().clientId());
        return summary != null && summary.awaitsReader();
    }

    public CaseloadPage getShown() {
        return shown;
    }

    /** The header's aria-sort for a column that can order the list. */
    public String ariaSort(String column) {
        if (!shown.query().order().name().equals(column)) {
            return "none";
        }
        return shown.query().reversed() ? "descending" : "ascending";
    }

    /** Reversed again when the column already orders the list, else from A to Z. */
    public boolean reversedIfChosen(String column) {
        return shown.query().order().name().equals(column) && !shown.query().reversed();
    }

    public ListAddress getAddress() {
        return address;
    }
}
