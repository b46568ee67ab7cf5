package care.alliance.web.api;

import care.alliance.goal.Goal;
import care.alliance.goal.GoalContent;
import care.alliance.goal.LifeArea;
import care.alliance.goal.Party;
import care.alliance.goal.Response;
import care.alliance.goal.Target;
import care.alliance.task.Assignee;
import care.alliance.task.Frequency;
import care.alliance.task.Task;
import care.alliance.team.Discipline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the changes to goals and of the tasks toward them: their schemas for OpenAPI, and how each is read. */
final class GoalBodies {

    private static final Set<String> CONTENT = Set.of("clientWords", "clinicalFraming", "lifeArea", "owners", "target");
    private static final Set<String> REVISION = Set.of("clientWords", "clinicalFraming", "lifeArea", "owners", "target",
            "reason");
    private static final Set<String> TARGET = Set.of("measure", "value", "direction", "byDate");
    private static final Set<String> ANSWER = Set.of("response", "comment");
    private static final Set<String> CHECK_IN = Set.of("rating", "measuredValue", "note");
    private static final Set<String> REASON = Set.of("reason");
    private static final Set<String> TASK = Set.of("description", "assignee", "dueOn", "frequency");

    private GoalBodies() {
    }

    @Schema(name = "GoalProposal")
    public record Proposal(@Schema(required = true, maxLength = GoalContent.CLIENT_WORDS_LENGTH) String clientWords,
            @Schema(maxLength = GoalContent.FRAMING_LENGTH, description = "The team's framing; a client's is ignored")
            String clinicalFraming,
            @Schema(required = true) LifeArea lifeArea,
            @Schema(required = true, description = "The disciplines that own the goal and must agree") Set<Discipline> owners,
            TargetBody target) {
    }

    @Schema(name = "GoalChange")
    public record Revision(@Schema(required = true, maxLength = GoalContent.CLIENT_WORDS_LENGTH) String clientWords,
            @Schema(maxLength = GoalContent.FRAMING_LENGTH) String clinicalFraming,
            @Schema(required = true) LifeArea lifeArea, @Schema(required = true) Set<Discipline> owners,
            TargetBody target, @Schema(description = "Why the goal changes") String reason) {
    }

    @Schema(name = "GoalTargetBody")
    public record TargetBody(@Schema(required = true, maxLength = 200) String measure,
            @Schema(required = true) BigDecimal value, @Schema(required = true) Target.Direction direction,
            @Schema(format = "date") LocalDate byDate) {
    }

    @Schema(name = "GoalAnswerBody")
    public record Answer(@Schema(required = true) Response response,
            @Schema(description = "Required when asking for a change or declining") String comment) {
    }

    @Schema(name = "ProgressCheckInBody")
    public record CheckIn(@Schema(required = true, minimum = "0", maximum = "10") Integer rating,
            BigDecimal measuredValue, String note) {
    }

    @Schema(name = "GoalStatusReasonBody", description = "Why the goal is paused or discontinued")
    public record Reason(@Schema(required = true, maxLength = Goal.REASON_LENGTH) String reason) {
    }

    @Schema(name = "NewTaskBody", description = "A step toward the goal: a due date, a frequency, or both")
    public record NewTask(@Schema(required = true, maxLength = Task.DESCRIPTION_LENGTH) String description,
            @Schema(required = true, description = "Who does it: the client, or a discipline of the team; a client "
                    + "sets tasks for themself only") Party assignee,
            @Schema(format = "date") LocalDate dueOn, Frequency frequency) {
    }

    static String reason(String text) {
        return ApiBody.of(text, REASON).text("reason");
    }

    /** The task as the goal page takes it: for the client, or for a whole discipline. */
    static NewTask task(String text) {
        ApiBody body = ApiBody.of(text, TASK);
        return new NewTask(body.text("description"), body.required("assignee", body.choice("assignee", Party.class)),
                body.date("dueOn"), body.choice("frequency", Frequency.class));
    }

    static Assignee assigneeOf(NewTask task) {
        return task.assignee() == Party.CLIENT ? Assignee.client() : Assignee.discipline(task.assignee());
    }

    static GoalContent proposal(String text) {
        return content(ApiBody.of(text, CONTENT));
    }

    record RevisionRead(GoalContent content, String reason) {
    }

    static RevisionRead revision(String text) {
        ApiBody body = ApiBody.of(text, REVISION);
        return new RevisionRead(content(body), body.text("reason"));
    }

    static Answer answer(String text) {
        ApiBody body = ApiBody.of(text, ANSWER);
        return new Answer(body.required("response", body.choice("response", Response.class)), body.text("comment"));
    }

    static CheckIn checkIn(String text) {
        ApiBody body = ApiBody.of(text, CHECK_IN);
        return new CheckIn(body.required("rating", body.integer("rating")), body.decimal("measuredValue"),
                body.text("note"));
    }

    private static GoalContent content(ApiBody body) {
        String clientWords = body.text("clientWords");
        String framing = body.text("clinicalFraming");
        LifeArea lifeArea = body.required("lifeArea", body.choice("lifeArea", LifeArea.class));
        Set<Discipline> owners = body.required("owners", body.choices("owners", Discipline.class));
        ApiBody target = body.object("target", TARGET);
        return new GoalContent(clientWords, framing, lifeArea, owners, target == null ? null
                : new Target(target.text("measure"), target.decimal("value"),
                        target.choice("direction", Target.Direction.class), target.date("byDate")));
    }
}
