package care.alliance.web.caseload;

import care.alliance.access.Role;
import care.alliance.review.CaseReviewService;
import care.alliance.review.CaseReviewSummary;
import care.alliance.team.CareTeamService;
import care.alliance.team.CaseloadEntry;
import care.alliance.web.signin.SignedInPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** "My caseload": the clients whose care team the signed-in clinician is on, with their teams and the goals waiting for agreement. */
@Named
@ViewScoped
public class Caseload implements Serializable {

    @Inject
    transient CareTeamService careTeams;

    @Inject
    transient CaseReviewService caseReviews;

    @Inject
    SignedInPerson signedInPerson;

    private List<CaseloadEntry> clients;
    private Map<Long, CaseReviewSummary> caseReviewOf = Map.of();

    /** Runs as the page's view action, before rendering, so a refusal becomes a clean 403. */
    public void load() {
        // The table sorts the list in place.
        clients = new ArrayList<>(careTeams.myCaseload());
        // Only primary care answers psychiatric recommendations: the others' rows need not read them.
        if (signedInPerson.role().filter(role -> role == Role.PRIMARY_CARE).isPresent() && !clients.isEmpty()) {
            caseReviewOf = caseReviews.openRecommendationsFor(clients.stream()
                    .map(entry -> entry.team().clientId()).toList());
        }
    }

    /** Whether a psychiatric recommendation on the client waits for the reader's answer. */
    public boolean awaitsAnswer(CaseloadEntry entry) {
        CaseReviewSummary summary = caseReviewOf.get(entry.team().clientId());
        return summary != null && summary.awaitsReader();
    }

    public List<CaseloadEntry> getClients() {
        if (clients == null) {
            // this bean was made anew mid-request (see RecordNumber.inAddress)
            load();
        }
        return clients;
    }
}
