package care.alliance.web.careplan;

import care.alliance.careplan.CarePlanService;
import care.alliance.careplan.CarePlanView;
import care.alliance.client.PreferencesService;
import care.alliance.client.PreferencesView;
import care.alliance.consent.ConsentService;
import care.alliance.consent.ConsentView;
import care.alliance.emergency.EmergencyAccessService;
import care.alliance.emergency.EmergencyAccessView;
import care.alliance.goal.CurrentGoalsView;
import care.alliance.goal.GoalService;
import care.alliance.goal.GoalView;
import care.alliance.goal.LifeArea;
import care.alliance.note.NoteService;
import care.alliance.note.NoteView;
import care.alliance.note.Visibility;
import care.alliance.task.TaskService;
import care.alliance.task.TaskStatus;
import care.alliance.task.TaskView;
import care.alliance.team.CareTeamService;
import care.alliance.team.CareTeamView;
import care.alliance.web.forms.PageMessages;
import care.alliance.web.layout.RecordNumber;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A client's care plan as the team sees it: how the client wants to be worked with, concerns,
 * strengths and review, the goals being worked on by life area with who has agreed, the tasks
 * toward them, a new proposal, and the team's notes. Closed goals are folded into a count, read
 * only when the reader unfolds them (the address's {@code closed=true}), so that the plan of a
 * client of many years costs what a recent one does.
 */
@Named
@ViewScoped
public class CarePlanPage implements Serializable {

    @Inject
    GoalService goalService;

    @Inject
    CareTeamService careTeamService;

    @Inject
    CarePlanService carePlanService;

    @Inject
    NoteService noteService;

    @Inject
    ConsentService consentService;

    @Inject
    TaskService taskService;

    @Inject
    PreferencesService preferencesService;

    @Inject
    EmergencyAccessService emergencyAccessService;

    private String client;
    private long clientId;
    private CareTeamView team;
    /** The goals being worked on: proposed, agreed, revised or paused. */
    private List<GoalView> goals;
    private long closedGoalCount;
    /** Whether the reader asked to see the closed goals. */
    private boolean closedUnfolded;
    /** The achieved and discontinued goals, read only when unfolded; else empty. */
    private List<GoalView> closedGoals = List.of();
    private GoalForm proposal = new GoalForm();
    private CarePlanView plan;
    private PreferencesView preferences;
    private List<NoteView> notes;
    private List<EmergencyAccessView> emergencyAccesses;
    private Map<LifeArea, List<GoalView>> goalsByLifeArea;
    /** Goals the client's consent keeps from the reader's discipline: shown only as withheld, with no life area to sort by. */
    private List<GoalView> withheldGoals;
    /** What the client shares with which discipline, so that the team knows what it has been asked not to see. */
    private ConsentView consent;
    private Map<TaskStatus, List<TaskView>> taskBoard;
    private String concernWords;
    private String concernSummary;
    private String strength;
    private LocalDate reviewOn;
    private String noteBody;
    private Visibility noteVisibility = Visibility.CARE_TEAM;

    /** The page's view action: loads the plan, or answers 403/404 through the services' refusals. */
    public void load() {
        clientId = client == null ? RecordNumber.inAddress("client") : RecordNumber.parse(client);
        team = careTeamService.careTeamOf(clientId);
        CurrentGoalsView current = goalService.currentGoalsOf(clientId);
        goals = current.goals();
        closedGoalCount = current.closedCount();
        if (closedUnfolded && closedGoalCount > 0) {
            closedGoals = goalService.closedGoalsOf(clientId);
        }
        plan = carePlanService.planOf(clientId);
        preferences = preferencesService.preferencesOf(clientId);
        notes = noteService.notesOf(clientId);
        consent = consentService.consentOf(clientId);
        emergencyAccesses = emergencyAccessService.recentOf(clientId);
        goalsByLifeArea = goals.stream().filter(goal -> !goal.withheld()).collect(Collectors.groupingBy(GoalView::lifeArea,
                () -> new EnumMap<>(LifeArea.class), Collectors.toList()));
        withheldGoals = goals.stream().filter(GoalView::withheld).toList();
        List<TaskView> tasks = taskService.currentTasksOf(clientId);
        taskBoard = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            taskBoard.put(status, tasks.stream().filter(task -> task.status() == status).toList());
        }
        reviewOn = plan.nextReviewOn();
    }

    public String addConcern() {
        return again(PageMessages.attempt(() -> carePlanService.addConcern(clientId, plan.version(), concernWords,
                concernSummary), "done.concernAdded"));
    }

    public String addStrength() {
        return again(PageMessages.attempt(() -> carePlanService.addStrength(clientId, plan.version(), strength),
                "done.strengthAdded"));
    }

    public String scheduleReview() {
        return again(PageMessages.attempt(() -> carePlanService.scheduleReview(clientId, plan.version(), reviewOn),
                "done.reviewScheduled"));
    }

    public String writeNote() {
        return again(PageMessages.attempt(() -> noteService.write(clientId, null, noteVisibility, noteBody),
                "done.noteWritten"));
    }

    /** Loads the page again when this bean was made anew mid-request (see RecordNumber.inAddress). */
    private CarePlanPage loaded() {
        if (plan == null) {
            load();
        }
        return this;
    }

    private String again(Object done) {
        return done == null ? null : "/clinician/care-plan?faces-redirect=true&client=" + clientId;
    }

    public String propose() {
        GoalView proposed = PageMessages.attempt(() -> goalService.propose(clientId, proposal.toContent()),
                "done.proposed");
        if (proposed == null) {
            return null;
        }
        return "/clinician/care-plan?faces-redirect=true&client=" + clientId;
    }

    /** The emergency accesses to this plan of the last days, for the notice the team reads; the newest first. */
    public List<EmergencyAccessView> getEmergencyAccesses() {
        return loaded().emergencyAccesses;
    }

    public int getEmergencyDaysShown() {
        return EmergencyAccessService.DAYS_SHOWN;
    }

    /** The reader's own emergency access to this plan that is open now, if they are reading under one; else null. */
    public EmergencyAccessView getMyOpenAccess() {
        return loaded().emergencyAccesses.stream().filter(access -> access.yours() && access.open()).findFirst()
                .orElse(null);
    }

    /** Whether the reader reads this plan under an emergency access: the page then offers no change. */
    public boolean isInEmergencyAccess() {
        return getMyOpenAccess() != null;
    }

    /** The goals grouped by the part of life they are about, in the order of the life areas. */
    public Map<LifeArea, List<GoalView>> getGoalsByLifeArea() {
        return loaded().goalsByLifeArea;
    }

    public ConsentView getConsent() {
        return loaded().consent;
    }

    public List<GoalView> getWithheldGoals() {
        return loaded().withheldGoals;
    }

    public List<LifeArea> getLifeAreasWithGoals() {
        return List.copyOf(loaded().goalsByLifeArea.keySet());
    }

    /** How many of the client's goals are closed, for the link that unfolds them. */
    public long getClosedGoalCount() {
        return loaded().closedGoalCount;
    }

    public boolean isClosedUnfolded() {
        return closedUnfolded;
    }

    public void setClosedUnfolded(boolean closedUnfolded) {
        this.closedUnfolded = closedUnfolded;
    }

    /** The closed goals, the most recently closed first (those the client's consent keeps from the reader as withheld); empty while folded. */
    public List<GoalView> getClosedGoals() {
        return loaded().closedGoals;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public long getClientId() {
        return loaded().clientId;
    }

    public PreferencesView getPreferences() {
        return loaded().preferences;
    }

    public CareTeamView getTeam() {
        return loaded().team;
    }

    public List<GoalView> getGoals() {
        return loaded().goals;
    }

    public CarePlanView getPlan() {
        return loaded().plan;
    }

    /** The task board: the client's tasks in a column per status. */
    public Map<TaskStatus, List<TaskView>> getTaskBoard() {
        return loaded().taskBoard;
    }

    public TaskStatus[] getTaskStatuses() {
        return TaskStatus.values();
    }

    public List<NoteView> getNotes() {
        return loaded().notes;
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public String getConcernWords() {
        return concernWords;
    }

    public void setConcernWords(String concernWords) {
        this.concernWords = concernWords;
    }

    public String getConcernSummary() {
        return concernSummary;
    }

    public void setConcernSummary(String concernSummary) {
        this.concernSummary = concernSummary;
    }

    public String getStrength() {
        return strength;
    }

    public void setStrength(String strength) {
        this.strength = strength;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public String getNoteBody() {
        return noteBody;
    }

    public void setNoteBody(String noteBody) {
        this.noteBody = noteBody;
    }

    public Visibility getNoteVisibility() {
        return noteVisibility;
    }

    public void setNoteVisibility(Visibility noteVisibility) {
        this.noteVisibility = noteVisibility;
    }

    public GoalForm getProposal() {
        return proposal;
    }
}
