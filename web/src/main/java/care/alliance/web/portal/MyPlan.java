package care.alliance.web.portal;

import care.alliance.goal.GoalService;
import care.alliance.goal.GoalView;
import care.alliance.goal.LifeArea;
import care.alliance.goal.Party;
import care.alliance.team.CareTeamService;
import care.alliance.team.Discipline;
import care.alliance.web.careplan.GoalForm;
import care.alliance.web.careplan.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "My plan" in the portal: the client's goals in their own words, the proposals waiting for their
 * answer, and a form to propose a goal of their own.
 */
@Named
@ViewScoped
public class MyPlan implements Serializable {

    @Inject
    transient GoalService goalService;

    @Inject
    transient CareTeamService careTeamService;

    private long clientId;
    private List<GoalView> goals;
    private GoalForm proposal = new GoalForm();

    public void load() {
        clientId = careTeamService.myCareTeam().clientId();
        goals = goalService.goalsOf(clientId);
        proposal.setLifeArea(LifeArea.DAILY_LIFE);
        proposal.setOwners(new Discipline[] {Discipline.CARE_MANAGEMENT});
    }

    public String propose() {
        GoalView proposed = PageMessages.attempt(() -> goalService.propose(clientId, proposal.toContent()),
                "Your goal is proposed. Your team is asked to agree.");
        return proposed == null ? null : "/portal/my-plan?faces-redirect=true";
    }

    /** Proposals the client has not yet agreed to. */
    public List<GoalView> getWaitingForMe() {
        return goals.stream().filter(goal -> goal.awaitsAgreement() && goal.waitingFor().contains(Party.CLIENT)).toList();
    }

    public List<GoalView> getGoals() {
        return goals;
    }

    public GoalForm getProposal() {
        return proposal;
    }
}
