package care.alliance.web.api;

import care.alliance.goal.GoalHistory;
import care.alliance.goal.GoalView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A goal as the API shows it: its current revision, where it stands, each party's answer; with
 * its earlier revisions when read on its own. The version is also the goal's ETag.
 */
@Schema(name = "Goal")
public record GoalJson(
        @Schema(required = true) long id,
        @Schema(required = true, description = "The goal's version; its ETag is this number in quotes") long version,
        @Schema(required = true) long clientId,
        @Schema(required = true, enumeration = {"PROPOSED", "AGREED", "REVISED", "PAUSED", "ACHIEVED",
                "DISCONTINUED"}) String status,
        String statusReason,
        @Schema(required = true) int revision,
        @Schema(required = true, description = "The goal in the client's own words") String clientWords,
        @Schema(description = "The team's clinical framing; never shown to the client") String clinicalFraming,
        @Schema(required = true) String lifeArea,
        @Schema(required = true) List<String> owners,
        TargetJson target,
        @Schema(required = true, description = "Each party's answer to the current revision") List<AnswerJson> answers,
        @Schema(description = "Earlier and current revisions, when the goal is read on its own") List<RevisionJson> revisions,
        String lastChangedBy,
        Instant lastChangedAt) {

    @Schema(name = "GoalTarget")
    public record TargetJson(String measure, BigDecimal value,
            @Schema(enumeration = {"AT_LEAST", "AT_MOST"}) String direction, LocalDate byDate) {
    }

    @Schema(name = "GoalAnswer", description = "A party's answer; response is null while the party has not answered")
    public record AnswerJson(@Schema(required = true) String party,
            @Schema(enumeration = {"AGREE", "ASK_FOR_CHANGE", "DECLINE"}) String response,
            String respondent, String comment, Instant at) {

        static AnswerJson of(GoalView.Answer answer) {
            return new AnswerJson(answer.party().name(), answer.response() == null ? null : answer.response().name(),
                    answer.respondent(), answer.comment(), answer.at());
        }
    }

    @Schema(name = "GoalRevision")
    public record RevisionJson(@Schema(required = true) int number, String clientWords, String author,
            String authorParty, Instant at, String reason) {
    }

    static GoalJson of(GoalView goal) {
        return of(goal, null);
    }

    static GoalJson of(GoalHistory history) {
        return of(history.goal(), history.revisions().stream()
                .map(revision -> new RevisionJson(revision.number(), revision.clientWords(), revision.author(),
                        revision.authorParty() == null ? null : revision.authorParty().name(), revision.at(),
                        revision.reason()))
                .toList());
    }

    private static GoalJson of(GoalView goal, List<RevisionJson> revisions) {
        GoalView.TargetView target = goal.target();
        return new GoalJson(goal.id(), goal.version(), goal.clientId(), goal.status().name(), goal.statusReason(),
                goal.revision(), goal.clientWords(), goal.clinicalFraming(), goal.lifeArea().name(),
                goal.owners().stream().map(Enum::name).sorted().toList(),
                target == null ? null : new TargetJson(target.measure(), target.value(),
                        target.direction() == null ? null : target.direction().name(), target.byDate()),
                goal.answers().stream().map(AnswerJson::of).toList(), revisions, goal.lastChangedBy(),
                goal.lastChangedAt());
    }
}
