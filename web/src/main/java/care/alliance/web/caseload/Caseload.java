package care.alliance.web.caseload;

import care.alliance.access.Role;
import care.alliance.review.CaseReviewService;
import care.alliance.review.CaseReviewSummary;
import care.alliance.team.CareTeamService;
import care.alliance.team.CaseloadEntry;
import care.alliance.team.CaseloadOrder;
import care.alliance.team.CaseloadPage;
import care.alliance.team.CaseloadQuery;
import care.alliance.web.signin.SignedInPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * "My caseload": the clients whose care team the signed-in clinician is on, with their teams and
 * the goals waiting for agreement. The table asks the service for one page at a time, so a
 * caseload of thousands reads and audits only the rows shown.
 */
@Named
@ViewScoped
public class Caseload implements Serializable {

    @Inject
    CareTeamService careTeams;

    @Inject
    CaseReviewService caseReviews;

    @Inject
    SignedInPerson signedInPerson;

    private final Pages clients = new Pages();
    private CaseloadPage shown;
    private Map<Long, CaseReviewSummary> caseReviewOf = Map.of();

    /** Runs as the page's view action, before rendering, so a refusal becomes a clean 403. */
    public void load() {
        show(CaseloadQuery.FIRST_PAGE);
    }

    private void show(CaseloadQuery query) {
        shown = careTeams.myCaseload(query);
        clients.setRowCount(shown.clients());
        // Only primary care answers psychiatric recommendations: the others' rows need not read them.
        caseReviewOf = signedInPerson.role().filter(role -> role == Role.PRIMARY_CARE).isPresent()
                && !shown.entries().isEmpty()
                ? caseReviews.openRecommendationsFor(shown.entries().stream().map(entry -> entry.team().clientId()).toList())
                : Map.of();
    }

    /** Whether a psychiatric recommendation on the client waits for the reader's answer. */
    public boolean awaitsAnswer(CaseloadEntry entry) {
        CaseReviewSummary summary = caseReviewOf.get(entry.team().clientId());
        return summary != null && summary.awaitsReader();
    }

    public LazyDataModel<CaseloadEntry> getClients() {
        if (shown == null) {
            // this bean was made anew mid-request (see RecordNumber.inAddress)
            load();
        }
        return clients;
    }

    /** The table's rows, a page at a time, in the order its column headers ask for. */
    private final class Pages extends LazyDataModel<CaseloadEntry> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            // the page statement counts the caseload as it reads a page: no statement of its own
            return shown == null ? 0 : shown.clients();
        }

        @Override
        public List<CaseloadEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
                    .findFirst().orElse(null);
            CaseloadOrder order = sort == null ? CaseloadOrder.SAFETY_FLAGS_FIRST
                    : "clientPronouns".equals(sort.getField()) ? CaseloadOrder.PRONOUNS : CaseloadOrder.CLIENT_NAME;
            CaseloadQuery query = new CaseloadQuery(order, sort != null && sort.getOrder() == SortOrder.DESCENDING,
                    first, pageSize);
            if (shown == null || !shown.query().equals(query)) {
                show(query);
            }
            return shown.entries();
        }

        @Override
        public String getRowKey(CaseloadEntry entry) {
            return String.valueOf(entry.team().clientId());
        }
    }
}
