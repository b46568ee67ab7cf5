package care.alliance.web.caseload;

import care.alliance.team.CareTeamService;
import care.alliance.team.CareTeamView;
import care.alliance.web.layout.RecordNumber;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One client's care team, opened from the caseload; the service decides who may see it. */
@Named
@RequestScoped
public class ClientCareTeam {

    @Inject
    CareTeamService careTeams;

    private String client;
    private CareTeamView team;

    /** Runs as the page's view action, so refusals become the 403 and 404 pages. */
    public void load() {
        team = careTeams.careTeamOf(RecordNumber.parse(client));
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public CareTeamView getTeam() {
        return team;
    }
}
