package care.alliance.goal;

import care.alliance.access.PlanAccess;
import care.alliance.measure.Instrument;
import care.alliance.measure.MeasureResult;
import care.alliance.measure.Severity;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A goal's whole story: each revision with author, time, reason and what changed, and every answer;
 * for a target on a questionnaire's score, the client's latest score on it; and whether the reader
 * reads it only through an emergency access (their page then offers no change).
 */
public record GoalHistory(GoalView goal, List<Revision> revisions, List<GoalView.Answer> answers,
        LatestScore latestScore, boolean readInEmergency) implements Serializable {

    /** The latest score on the questionnaire the goal's target is on, and whether it reaches the target. */
    public record LatestScore(Instrument instrument, int total, Severity severity, LocalDate completedOn,
            boolean reachesTarget) implements Serializable {

        static LatestScore of(MeasureResult result, Target target) {
            return new LatestScore(result.instrument(), result.total(), result.severity(), result.completedOn(),
                    result.reaches(target));
        }
    }

    /** One revision, and how it differs from the one before. */
    public record Revision(int number, String clientWords, String author, Party authorParty, Instant at, String reason,
            List<GoalContent.Change> changes) implements Serializable {
    }

    /**
     * The story as the reader's party may read it. A client (or a reader of no party) reads nothing of the team's clinical
     * framing: not its changes, nor the reason for a revision that changed only the framing.
     */
    static GoalHistory of(Goal goal, PlanAccess access, Optional<MeasureResult> latestScore) {
        Party reader = access.party();
        boolean forClient = !Party.isTeam(reader);
        List<Revision> revisions = goal.revisions().stream().map(revision -> {
            List<GoalContent.Change> changes = revision.number() == 1 ? List.of()
                    : goal.compare(revision.number() - 1, revision.number());
            List<GoalContent.Change> readable = forClient
                    ? changes.stream().filter(GoalContent.Change::isForClient).toList() : changes;
            String reason = readable.isEmpty() && !changes.isEmpty() ? null : revision.reason();
            return new Revision(revision.number(), revision.content().clientWords(), revision.author(),
                    revision.authorParty(), revision.authoredAt(), reason, readable);
        }).toList();
        List<GoalView.Answer> answers = goal.responses().stream()
                .map(response -> new GoalView.Answer(response.party(), response.response(), response.respondent(),
                        response.comment(), response.respondedAt()))
                .toList();
        return new GoalHistory(GoalView.of(goal, reader), revisions, answers,
                latestScore.map(result -> LatestScore.of(result, goal.currentContent().target())).orElse(null),
                access.inEmergency());
    }
}
