package care.alliance.web.admin;

import care.alliance.team.CareTeamService;
import care.alliance.team.CareTeamView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Clinic IT's list of care teams and their members: who is on which team, nothing clinical. */
@Named
@ViewScoped
public class CareTeamAdministration implements Serializable {

    @Inject
    CareTeamService careTeams;

    private List<CareTeamView> teams;

    /** Runs as the page's view action, before rendering, so a refusal becomes a clean 403. */
    public void load() {
        // The table sorts the list in place.
        teams = new ArrayList<>(careTeams.allCareTeams());
    }

    public List<CareTeamView> getTeams() {
        if (teams == null) {
            // this bean was made anew mid-request (see RecordNumber.inAddress)
            load();
        }
        return teams;
    }
}
