package care.alliance.web.portal;

import care.alliance.emergency.EmergencyAccessService;
import care.alliance.emergency.EmergencyAccessView;
import care.alliance.goal.GoalService;
import care.alliance.goal.GoalView;
import care.alliance.goal.LifeArea;
import care.alliance.goal.Party;
import care.alliance.measure.DueView;
import care.alliance.measure.MeasureService;
import care.alliance.note.NoteService;
import care.alliance.note.NoteView;
import care.alliance.progress.Celebration;
import care.alliance.progress.CheckInView;
import care.alliance.progress.ProgressService;
import care.alliance.task.TaskService;
import care.alliance.task.TaskStatus;
import care.alliance.task.TaskView;
import care.alliance.team.CareTeamService;
import care.alliance.team.Discipline;
import care.alliance.web.careplan.GoalForm;
import care.alliance.web.forms.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "My plan" in the portal: the client's goals in their own words, the proposals waiting for their
 * answer, their next steps, the notes their team wrote for them, and a form to propose a goal of
 * their own.
 */
@Named
@ViewScoped
public class MyPlan implements Serializable {

    private static final int LATEST_CHECK_INS = 6;

    @Inject
    GoalService goalService;

    @Inject
    CareTeamService careTeamService;

    @Inject
    TaskService taskService;

    @Inject
    NoteService noteService;

    @Inject
    ProgressService progressService;

    @Inject
    MeasureService measureService;

    @Inject
    EmergencyAccessService emergencyAccessService;

    /** A goal the client works on, with their latest check-ins on it for a small chart. */
    public record GoalProgress(GoalView goal, List<CheckInView> latest) implements Serializable {
    }

    private long clientId;
    private List<GoalView> goals;
    private GoalForm proposal = new GoalForm();
    private List<TaskView> myTasks;
    private List<NoteView> notes;
    private List<Celebration> celebrations;
    private List<GoalProgress> progress;
    private List<DueView> measuresDue;
    private List<EmergencyAccessView> emergencyAccesses;

    public void load() {
        clientId = careTeamService.myCareTeam().clientId();
        goals = goalService.goalsOf(clientId);
        myTasks = taskService.tasksOf(clientId).stream()
                .filter(task -> task.isForClient() && task.status() == TaskStatus.OPEN).toList();
        notes = noteService.notesOf(clientId);
        emergencyAccesses = emergencyAccessService.recentOf(clientId);
        celebrations = progressService.celebrationsOf(clientId);
        measuresDue = measureService.dueFor(clientId).stream().filter(DueView::isDue).toList();
        Map<Long, List<CheckInView>> checkInsByGoal = progressService.progressOf(clientId).stream()
                .collect(Collectors.groupingBy(CheckInView::goalId));
        progress = goals.stream()
                .filter(goal -> checkInsByGoal.containsKey(goal.id()))
                .map(goal -> new GoalProgress(goal, latest(checkInsByGoal.get(goal.id()))))
                .toList();
        proposal.setLifeArea(LifeArea.DAILY_LIFE);
        proposal.setOwners(new Discipline[] {Discipline.CARE_MANAGEMENT});
    }

    public String propose() {
        GoalView proposed = PageMessages.attempt(() -> goalService.propose(clientId, proposal.toContent()),
                "done.portal.proposed");
        return again(proposed);
    }

    public String agreeToTask(TaskView task) {
        return again(PageMessages.attempt(() -> taskService.agreeToTask(task.id(), task.version()),
                "done.portal.stepTakenOn"));
    }

    public String markTaskDone(TaskView task) {
        return again(PageMessages.attempt(() -> taskService.markDone(task.id(), task.version()),
                "done.portal.stepDone"));
    }

    private static List<CheckInView> latest(List<CheckInView> oldestFirst) {
        return List.copyOf(oldestFirst.subList(Math.max(0, oldestFirst.size() - LATEST_CHECK_INS), oldestFirst.size()));
    }

    private static String again(Object done) {
        return done == null ? null : "/portal/my-plan?faces-redirect=true";
    }

    public List<TaskView> getMyTasks() {
        return loaded().myTasks;
    }

    public List<NoteView> getNotes() {
        return loaded().notes;
    }

    /** Proposals the client has not yet agreed to. */
    public List<GoalView> getWaitingForMe() {
        return loaded().goals.stream().filter(goal -> goal.awaitsAgreement() && goal.waitingFor().contains(Party.CLIENT)).toList();
    }

    /** Loads the page again when this bean was made anew mid-request (see RecordNumber.inAddress). */
    private MyPlan loaded() {
        if (goals == null) {
            load();
        }
        return this;
    }

    /** The client's number, for the address of their plan's FHIR download. */
    public long getClientId() {
        return clientId;
    }

    public List<GoalView> getGoals() {
        return loaded().goals;
    }

    public List<Celebration> getCelebrations() {
        return loaded().celebrations;
    }

    public List<GoalProgress> getProgress() {
        return loaded().progress;
    }

    public GoalForm getProposal() {
        return proposal;
    }

    /** The questionnaires due today (or overdue), to fill in. */
    public List<DueView> getMeasuresDue() {
        return measuresDue;
    }

    /** The emergency accesses to the client's plan of the last days, the newest first: the client is told of each. */
    public List<EmergencyAccessView> getEmergencyAccesses() {
        return emergencyAccesses;
    }
}
