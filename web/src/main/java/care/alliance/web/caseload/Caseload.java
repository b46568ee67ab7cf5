package care.alliance.web.caseload;

import care.alliance.team.CareTeamService;
import care.alliance.team.CaseloadEntry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** "My caseload": the clients whose care team the signed-in clinician is on, with their teams and the goals waiting for agreement. */
@Named
@ViewScoped
public class Caseload implements Serializable {

    @Inject
    transient CareTeamService careTeams;

    private List<CaseloadEntry> clients;

    /** Runs as the page's view action, before rendering, so a refusal becomes a clean 403. */
    public void load() {
        // The table sorts the list in place.
        clients = new ArrayList<>(careTeams.myCaseload());
    }

    public List<CaseloadEntry> getClients() {
        if (clients == null) {
            // this bean was made anew mid-request (see RecordNumber.inAddress)
            load();
        }
        return clients;
    }
}
