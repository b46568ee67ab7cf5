package care.alliance.web.careplan;

import care.alliance.consent.SensitiveLabel;
import care.alliance.goal.GoalHistory;
import care.alliance.goal.GoalService;
import care.alliance.goal.GoalView;
import care.alliance.goal.Party;
import care.alliance.goal.Response;
import care.alliance.progress.CheckInView;
import care.alliance.progress.ProgressService;
import care.alliance.task.Assignee;
import care.alliance.task.Frequency;
import care.alliance.task.TaskService;
import care.alliance.task.TaskView;
import care.alliance.web.forms.PageMessages;
import care.alliance.web.layout.RecordNumber;
import care.alliance.web.signin.SignedInPerson;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One goal: what it says, who has agreed, the signed-in person's own answer, changes to it, and
 * its whole history. The same bean serves the team's page and the client's portal page.
 */
@Named
@ViewScoped
public class GoalPage implements Serializable {

    @Inject
    GoalService goalService;

    @Inject
    SignedInPerson signedIn;

    @Inject
    TaskService taskService;

    @Inject
    ProgressService progressService;

    private String goal;
    private long goalId;
    private GoalHistory history;
    private Party myParty;
    private GoalForm revision;
    private String comment;
    private String statusReason;
    private List<TaskView> tasks;
    private List<CheckInView> checkIns;
    private String taskDescription;
    private Party taskFor = Party.CLIENT;
    private LocalDate taskDue;
    private Frequency taskFrequency;
    private Integer rating;
    private BigDecimal measuredValue;
    private String checkInNote;
    private SensitiveLabel[] labels = {};

    public void load() {
        goalId = goal == null ? RecordNumber.inAddress("goal") : RecordNumber.parse(goal);
        history = goalService.historyOf(goalId);
        myParty = signedIn.role().flatMap(Party::forRole).orElse(null);
        revision = GoalForm.of(history.goal());
        labels = history.goal().labels().toArray(SensitiveLabel[]::new);
        tasks = taskService.tasksOfGoal(goalId);
        checkIns = progressService.progressOfGoal(goalId);
    }

    /** Whether the reader reads this goal under an emergency access: the page then offers no change. */
    public boolean isInEmergencyAccess() {
        return history().readInEmergency();
    }

    /** Saves the sensitive labels ticked; the client's consent then says who of the team sees the goal. */
    public String saveLabels() {
        return afterChange(() -> goalService.label(goalId, current().version(),
                labels.length == 0 ? EnumSet.noneOf(SensitiveLabel.class) : EnumSet.copyOf(List.of(labels))),
                "done.labelled");
    }

    public SensitiveLabel[] getLabels() {
        history();
        return labels.clone();
    }

    public void setLabels(SensitiveLabel[] labels) {
        this.labels = labels == null ? new SensitiveLabel[0] : labels.clone();
    }

    public SensitiveLabel[] getSensitiveLabels() {
        return SensitiveLabel.values();
    }

    public String addTask() {
        return afterChange(() -> taskService.addTask(goalId, taskDescription,
                taskFor == Party.CLIENT ? Assignee.client() : Assignee.discipline(taskFor), taskDue, taskFrequency),
                "done.taskAdded");
    }

    public String agreeToTask(TaskView task) {
        return afterChange(() -> taskService.agreeToTask(task.id(), task.version()), "done.taskTakenOn");
    }

    public String markTaskDone(TaskView task) {
        return afterChange(() -> taskService.markDone(task.id(), task.version()), "done.taskDone");
    }

    public String checkIn() {
        return afterChange(() -> progressService.checkIn(goalId, rating == null ? -1 : rating, measuredValue, checkInNote),
                "done.checkIn");
    }

    /**
     * The latest check-in, or for a target on a questionnaire the latest score, reached the goal's
     * target: time to celebrate and to ask whether it is achieved.
     */
    public boolean isTargetJustReached() {
        GoalHistory.LatestScore score = getLatestScore();
        if (score != null) {
            return score.reachesTarget();
        }
        List<CheckInView> checkIns = getCheckIns();
        return !checkIns.isEmpty() && checkIns.get(checkIns.size() - 1).reachedTarget();
    }

    /** The client's latest score on the questionnaire the target is on; none for other targets. */
    public GoalHistory.LatestScore getLatestScore() {
        return getHistory().latestScore();
    }

    public String agree() {
        return answer(Response.AGREE, "done.agreed");
    }

    public String askForChange() {
        return answer(Response.ASK_FOR_CHANGE, "done.askedForChange");
    }

    public String decline() {
        return answer(Response.DECLINE, "done.declined");
    }

    public String revise() {
        return afterChange(() -> goalService.revise(goalId, current().version(), revision.toContent(), revision.getReason()),
                "done.revised");
    }

    public String markAchieved() {
        return afterChange(() -> goalService.markAchieved(goalId, current().version()), "done.achieved");
    }

    public String pause() {
        return afterChange(() -> goalService.pause(goalId, current().version(), statusReason), "done.paused");
    }

    public String resume() {
        return afterChange(() -> goalService.resume(goalId, current().version()), "done.resumed");
    }

    public String discontinue() {
        return afterChange(() -> goalService.discontinue(goalId, current().version(), statusReason),
                "done.discontinued");
    }

    /** Whether the goal waits for the signed-in person's own party to answer it. */
    public boolean isMyAnswerAsked() {
        return getMyParty() != null && current().awaitsAgreement()
                && current().answers().stream().anyMatch(answer -> answer.party() == myParty);
    }

    public Optional<GoalView.Answer> myAnswer() {
        return current().answers().stream().filter(answer -> answer.party() == myParty).findFirst();
    }

    public List<GoalHistory.Revision> getRevisionsNewestFirst() {
        List<GoalHistory.Revision> revisions = new ArrayList<>(history().revisions());
        Collections.reverse(revisions);
        return revisions;
    }

    public GoalView current() {
        return history().goal();
    }

    /** What the page shows; loaded again when this bean was made anew mid-request (see RecordNumber.inAddress). */
    private GoalHistory history() {
        if (history == null) {
            load();
        }
        return history;
    }

    private String answer(Response response, String doneKey) {
        return afterChange(() -> goalService.respond(goalId, current().version(), response, comment), doneKey);
    }

    /** After a change, the page is loaded again so everyone's latest changes show; on refusal it stays. */
    private String afterChange(Supplier<?> change, String doneKey) {
        if (PageMessages.attempt(change, doneKey) == null) {
            history = goalService.historyOf(goalId);
            return null;
        }
        String page = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return page + "?faces-redirect=true&goal=" + goalId;
    }

    public List<TaskView> getTasks() {
        history();
        return tasks;
    }

    public List<CheckInView> getCheckIns() {
        history();
        return checkIns;
    }

    public Party[] getTaskParties() {
        return Party.values();
    }

    public Frequency[] getFrequencies() {
        return Frequency.values();
    }

    public String getTaskDescription() {
        return taskDescription;
    }

    public void setTaskDescription(String taskDescription) {
        this.taskDescription = taskDescription;
    }

    public Party getTaskFor() {
        return taskFor;
    }

    public void setTaskFor(Party taskFor) {
        this.taskFor = taskFor;
    }

    public LocalDate getTaskDue() {
        return taskDue;
    }

    public void setTaskDue(LocalDate taskDue) {
        this.taskDue = taskDue;
    }

    public Frequency getTaskFrequency() {
        return taskFrequency;
    }

    public void setTaskFrequency(Frequency taskFrequency) {
        this.taskFrequency = taskFrequency;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public BigDecimal getMeasuredValue() {
        return measuredValue;
    }

    public void setMeasuredValue(BigDecimal measuredValue) {
        this.measuredValue = measuredValue;
    }

    public String getCheckInNote() {
        return checkInNote;
    }

    public void setCheckInNote(String checkInNote) {
        this.checkInNote = checkInNote;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public GoalHistory getHistory() {
        return history();
    }

    public GoalView getCurrent() {
        return current();
    }

    public Party getMyParty() {
        history();
        return myParty;
    }

    public GoalForm getRevision() {
        history();
        return revision;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }
}
