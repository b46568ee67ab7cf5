package care.alliance.goal;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A goal's whole story: each revision with author, time, reason and what changed, and every answer. */
public record GoalHistory(GoalView goal, List<Revision> revisions, List<GoalView.Answer> answers)
        implements Serializable {

    /** One revision, and how it differs from the one before. */
    public record Revision(int number, String clientWords, String author, Party authorParty, Instant at, String reason,
            List<GoalContent.Change> changes) implements Serializable {
    }

    static GoalHistory of(Goal goal) {
        List<Revision> revisions = goal.revisions().stream()
                .map(revision -> new Revision(revision.number(), revision.content().clientWords(), revision.author(),
                        revision.authorParty(), revision.authoredAt(), revision.reason(),
                        revision.number() == 1 ? List.of() : goal.compare(revision.number() - 1, revision.number())))
                .toList();
        List<GoalView.Answer> answers = goal.responses().stream()
                .map(response -> new GoalView.Answer(response.party(), response.response(), response.respondent(),
                        response.comment(), response.respondedAt()))
                .toList();
        return new GoalHistory(GoalView.of(goal), revisions, answers);
    }
}
