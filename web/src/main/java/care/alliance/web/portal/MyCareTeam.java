package care.alliance.web.portal;

import care.alliance.team.CareTeamService;
import care.alliance.team.CareTeamView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "My care team": the people around the signed-in client and what discipline each is. */
@Named
@RequestScoped
public class MyCareTeam {

    @Inject
    CareTeamService careTeams;

    private CareTeamView team;

    /** Runs as the page's view action, before rendering, so a refusal becomes a clean 403. */
    public void load() {
        team = careTeams.myCareTeam();
    }

    public CareTeamView getTeam() {
        return team;
    }
}
