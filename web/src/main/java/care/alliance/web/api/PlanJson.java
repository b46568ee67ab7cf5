package care.alliance.web.api;

import care.alliance.careplan.CarePlanView;
import care.alliance.note.NoteView;
import care.alliance.progress.CheckInView;
import care.alliance.task.TaskView;
import care.alliance.team.CaseloadEntry;
import care.alliance.team.CareTeamView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's representations of a plan and of what belongs to it; the services' views, named for callers. */
final class PlanJson {

    private PlanJson() {
    }

    @Schema(name = "CarePlan")
    public record CarePlan(@Schema(required = true) long clientId, @Schema(required = true) long version,
            @Schema(required = true) List<Concern> concerns, @Schema(required = true) List<String> strengths,
            LocalDate nextReviewOn, @Schema(required = true) boolean reviewDue,
            @Schema(required = true) List<GoalJson> goals) {

        static CarePlan of(CarePlanView plan, List<GoalJson> goals) {
            return new CarePlan(plan.clientId(), plan.version(),
                    plan.concerns().stream().map(concern -> new Concern(concern.clientWords(), concern.clinicalSummary()))
                            .toList(),
                    plan.strengths(), plan.nextReviewOn(), plan.reviewDue(), goals);
        }
    }

    @Schema(name = "Concern", description = "A concern in the client's words; the summary only for the team")
    public record Concern(@Schema(required = true) String clientWords, String clinicalSummary) {
    }

    @Schema(name = "Task")
    public record Task(@Schema(required = true) long id,
            @Schema(required = true, description = "The task's version; its ETag") long version,
            @Schema(required = true) long goalId, String goalWords, @Schema(required = true) String description,
            @Schema(required = true) String assigneeParty, String assigneeUsername, LocalDate dueOn, String frequency,
            @Schema(required = true, enumeration = {"OPEN", "DONE", "DROPPED"}) String status,
            boolean awaitsClientAgreement, boolean overdue, Instant doneAt) {

        static Task of(TaskView task) {
            return new Task(task.id(), task.version(), task.goalId(), task.goalWords(), task.description(),
                    task.assigneeParty().name(), task.assigneeUsername(), task.dueOn(),
                    task.frequency() == null ? null : task.frequency().name(), task.status().name(),
                    task.awaitsClientAgreement(), task.overdue(), task.doneAt());
        }
    }

    @Schema(name = "ProgressCheckIn")
    public record CheckIn(@Schema(required = true) long id, @Schema(required = true) long goalId,
            @Schema(required = true, minimum = "0", maximum = "10") int rating, BigDecimal measuredValue, String note,
            boolean reachedTarget, String by, String byParty, Instant at) {

        static CheckIn of(CheckInView checkIn) {
            return new CheckIn(checkIn.id(), checkIn.goalId(), checkIn.rating(), checkIn.measuredValue(),
                    checkIn.note(), checkIn.reachedTarget(), checkIn.by(),
                    checkIn.byParty() == null ? null : checkIn.byParty().name(), checkIn.at());
        }
    }

    @Schema(name = "TeamNote")
    public record Note(@Schema(required = true) long id, Long goalId, String author, String authorParty,
            @Schema(required = true, enumeration = {"CARE_TEAM", "CLIENT_VISIBLE"}) String visibility,
            @Schema(required = true) String body, Instant writtenAt) {

        static Note of(NoteView note) {
            return new Note(note.id(), note.goalId(), note.author(),
                    note.authorParty() == null ? null : note.authorParty().name(), note.visibility().name(),
                    note.body(), note.writtenAt());
        }
    }

    @Schema(name = "CaseloadClient")
    public record CaseloadClient(@Schema(required = true) long clientId, @Schema(required = true) String clientName,
            String clientPronouns, @Schema(required = true) List<TeamMember> team,
            @Schema(required = true) List<Waiting> waitingFor, boolean possibleRupture, Instant safetyFlagRaisedAt) {

        static CaseloadClient of(CaseloadEntry entry) {
            CareTeamView team = entry.team();
            return new CaseloadClient(team.clientId(), team.clientName(), team.clientPronouns(),
                    team.members().stream().map(member -> new TeamMember(member.name(), member.discipline().name(),
                            member.teamRole().name())).toList(),
                    entry.waiting().stream().map(waiting -> new Waiting(waiting.party().name(), waiting.goals())).toList(),
                    entry.possibleRupture(), entry.safetyFlagRaisedAt());
        }
    }

    @Schema(name = "TeamMember")
    public record TeamMember(String name, String discipline, String teamRole) {
    }

    @Schema(name = "WaitingForAgreement", description = "So many goals wait for this party's agreement")
    public record Waiting(String party, int goals) {
    }

    @Schema(name = "Links", description = "Where the pages of a list are")
    public record Links(@Schema(required = true) String self, String first, String prev, String next, String last) {
    }

    @Schema(name = "CaseloadPage")
    public record CaseloadPage(@Schema(required = true) List<CaseloadClient> items,
            @Schema(required = true) int page, @Schema(required = true) int size,
            @Schema(required = true) int totalItems, @Schema(required = true) Links links) {
    }
}
