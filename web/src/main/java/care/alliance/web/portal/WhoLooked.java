package care.alliance.web.portal;

import care.alliance.careplan.PlanReaders;
import care.alliance.careplan.PlanReading;
import care.alliance.team.CareTeamService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** "Who looked at my plan": the clinicians who opened the signed-in client's plan, day by day. */
@Named
@RequestScoped
public class WhoLooked {

    @Inject
    CareTeamService careTeams;

    @Inject
    PlanReaders planReaders;

    private List<PlanReading> days;

    /** Runs as the page's view action, before rendering, so a refusal becomes a clean 403. */
    public void load() {
        days = planReaders.whoReadMyPlan(careTeams.myCareTeam().clientId());
    }

    public List<PlanReading> getDays() {
        return days;
    }

    public int getDaysShown() {
        return PlanReaders.DAYS_SHOWN;
    }
}
