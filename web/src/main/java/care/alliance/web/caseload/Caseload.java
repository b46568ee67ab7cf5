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

    static final int ROWS_A_PAGE = 10;

    @Inject
    CareTeamService careTeams;

    @Inject
    CaseReviewService caseReviews;

    @Inject
    SignedInPerson signedInPerson;

    private String sort;
    private String reversed;
    private String page;
    private CaseloadPage shown;
    private Map<Long, CaseReviewSummary> caseReviewOf = Map.of();

    /** Runs as the page's view action, before rendering, so a refusal becomes a clean 403. */
    public void load() {
        shown = careTeams.myCaseload(query());
        if (shown.entries().isEmpty() && shown.query().firstRow() > 0) {
            // an address past the last page (an old bookmark, a caseload grown shorter) shows the last page
            CaseloadQuery first = new CaseloadQuery(shown.query().order(), shown.query().reversed(), 0, ROWS_A_PAGE);
            shown = careTeams.myCaseload(first);
            if (shown.clients() > ROWS_A_PAGE) {
                int lastPage = (shown.clients() - 1) / ROWS_A_PAGE;
                shown = careTeams.myCaseload(new CaseloadQuery(first.order(), first.reversed(), lastPage * ROWS_A_PAGE,
                        ROWS_A_PAGE));
            }
        }
        // Only primary care answers psychiatric recommendations: the others' rows need not read them.
        caseReviewOf = signedInPerson.role().filter(role -> role == Role.PRIMARY_CARE).isPresent()
                && !shown.entries().isEmpty()
                ? caseReviews.openRecommendationsFor(shown.entries().stream().map(entry -> entry.team().clientId()).toList())
                : Map.of();
    }

    CaseloadQuery query() {
        CaseloadOrder order = ListAddress.named(CaseloadOrder.class, sort).orElse(CaseloadOrder.SAFETY_FLAGS_FIRST);
        return new CaseloadQuery(order, "true".equals(reversed), ListAddress.pageIndex(page) * ROWS_A_PAGE, ROWS_A_PAGE);
    }

    /** Whether a psychiatric recommendation on the client waits for the reader's answer. */
    public boolean awaitsAnswer(CaseloadEntry entry) {
        CaseReviewSummary summary = caseReviewOf.get(entry.team().clientId());
        return summary != null && summary.awaitsReader();
    }

    public CaseloadPage getShown() {
        return shown;
    }

    /** The page shown, counted from 1. */
    public int getPageNumber() {
        return shown.query().firstRow() / ROWS_A_PAGE + 1;
    }

    public int getPageCount() {
        return Math.max(1, (shown.clients() + ROWS_A_PAGE - 1) / ROWS_A_PAGE);
    }

    public boolean hasPrevious() {
        return getPageNumber() > 1;
    }

    public boolean hasNext() {
        return getPageNumber() < getPageCount();
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

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getReversed() {
        return reversed;
    }

    public void setReversed(String reversed) {
        this.reversed = reversed;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
