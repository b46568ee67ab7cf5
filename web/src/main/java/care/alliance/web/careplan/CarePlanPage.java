package care.alliance.web.careplan;

import care.alliance.goal.GoalService;
import care.alliance.goal.GoalView;
import care.alliance.goal.LifeArea;
import care.alliance.team.CareTeamService;
import care.alliance.team.CareTeamView;
import care.alliance.web.layout.RecordNumber;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A client's care plan as the team sees it: goals by life area, who has agreed, and a new proposal. */
@Named
@ViewScoped
public class CarePlanPage implements Serializable {

    @Inject
    transient GoalService goalService;

    @Inject
    transient CareTeamService careTeamService;

    private String client;
    private long clientId;
    private CareTeamView team;
    private List<GoalView> goals;
    private GoalForm proposal = new GoalForm();

    /** The page's view action: loads the plan, or answers 403/404 through the services' refusals. */
    public void load() {
        clientId = RecordNumber.parse(client);
        team = careTeamService.careTeamOf(clientId);
        goals = goalService.goalsOf(clientId);
    }

    public String propose() {
        GoalView proposed = PageMessages.attempt(() -> goalService.propose(clientId, proposal.toContent()),
                "The goal is proposed. The client and the owning disciplines are asked to agree.");
        if (proposed == null) {
            return null;
        }
        return "/clinician/care-plan?faces-redirect=true&client=" + clientId;
    }

    /** The goals grouped by the part of life they are about, in the order of the life areas. */
    public Map<LifeArea, List<GoalView>> getGoalsByLifeArea() {
        return goals.stream().collect(Collectors.groupingBy(GoalView::lifeArea, () -> new EnumMap<>(LifeArea.class),
                Collectors.toList()));
    }

    public List<LifeArea> getLifeAreasWithGoals() {
        return List.copyOf(getGoalsByLifeArea().keySet());
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

    public List<GoalView> getGoals() {
        return goals;
    }

    public GoalForm getProposal() {
        return proposal;
    }
}
