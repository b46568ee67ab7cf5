package care.alliance.web.portal;

import care.alliance.careplan.CarePlanService;
import care.alliance.careplan.CarePlanView;
import care.alliance.goal.GoalService;
import care.alliance.goal.GoalView;
import care.alliance.note.NoteService;
import care.alliance.note.NoteView;
import care.alliance.task.TaskService;
import care.alliance.task.TaskView;
import care.alliance.team.CareTeamService;
import care.alliance.team.CareTeamView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The client's plan on one printable page, and the address of its FHIR download: what the portal
 * shows them, read through the same services, laid out for paper.
 */
@Named
@RequestScoped
public class PrintablePlan {

    @Inject
    CareTeamService careTeams;

    @Inject
    CarePlanService plans;

    @Inject
    GoalService goalService;

    @Inject
    TaskService taskService;

    @Inject
    NoteService noteService;

    private CareTeamView team;
    private CarePlanView plan;
    private List<GoalView> goals;
    private List<TaskView> tasks;
    private List<NoteView> notes;

    /** Runs as the page's view action, before rendering, so a refusal becomes a clean 403. */
    public void load() {
        team = careTeams.myCareTeam();
        long clientId = team.clientId();
        plan = plans.planOf(clientId);
        goals = goalService.goalsOf(clientId);
        tasks = taskService.tasksOf(clientId).stream().filter(TaskView::isForClient).toList();
        notes = noteService.notesOf(clientId);
    }

    public CareTeamView getTeam() {
        return team;
    }

    public CarePlanView getPlan() {
        return plan;
    }

    public List<GoalView> getGoals() {
        return goals;
    }

    public List<TaskView> getTasks() {
        return tasks;
    }

    public List<NoteView> getNotes() {
        return notes;
    }
}
