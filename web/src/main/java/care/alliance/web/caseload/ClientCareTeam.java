package care.alliance.web.caseload;

import care.alliance.access.NotFound;
import care.alliance.team.CareTeamService;
import care.alliance.team.CareTeamView;
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

    /** Runs as the page's view action; an id that is not a number is a client that does not exist. */
    public void load() {
        long id;
        try {
            id = Long.parseLong(client == null ? "" : client.strip());
        } catch (NumberFormatException e) {
            throw new NotFound("There is no care team for this client number.");
        }
        team = careTeams.careTeamOf(id);
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
