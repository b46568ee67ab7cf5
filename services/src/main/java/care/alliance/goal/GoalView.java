package care.alliance.goal;

import care.alliance.consent.SensitiveLabel;
import care.alliance.measure.Instrument;
import care.alliance.team.Discipline;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A goal as pages show it: what it says now, where it stands, and each party's answer to the
 * current revision. The version goes back with every change, so a change made meanwhile by
 * someone else is noticed instead of overwritten.
 */
public record GoalView(long id, long version, long clientId, GoalStatus status, String statusReason,
        int revision, String clientWords, String clinicalFraming, LifeArea lifeArea, Set<Discipline> owners,
        TargetView target, List<Answer> answers, String lastChangedBy, Instant lastChangedAt,
        Set<SensitiveLabel> labels, boolean withheld) implements Serializable {

    /** One party's standing on the current revision: agreed, asked for a change, declined, or not yet. */
    public record Answer(Party party, Response response, String respondent, String comment, Instant at)
            implements Serializable {

        public boolean isPending() {
            return response == null;
        }
    }

    /** The goal's target as words and numbers; the questionnaire whose score it is on, if any. */
    public record TargetView(String measure, BigDecimal value, Target.Direction direction, LocalDate byDate,
            Instrument instrument) implements Serializable {

        static TargetView of(Target target) {
            return new TargetView(target.measure(), target.value(), target.direction(), target.byDate(),
                    Instrument.ofTarget(target).orElse(null));
        }
    }

    /**
     * The goal as the reader's party may read it: a client, or a reader of no party, reads it
     * without the team's clinical framing.
     */
    static GoalView of(Goal goal, Party reader) {
        GoalContent content = Party.isTeam(reader) ? goal.currentContent() : goal.currentContent().asClientReadsIt();
        Consensus consensus = goal.consensus();
        List<Answer> answers = consensus.required().stream()
                .map(party -> {
                    PartyResponse latest = consensus.latestOf(party);
                    return latest == null
                            ? new Answer(party, null, null, null, null)
                            : new Answer(party, latest.response(), latest.respondent(), latest.comment(), latest.respondedAt());
                })
                .toList();
        Target target = content.target();
        return new GoalView(goal.id(), goal.version(), goal.clientId(), goal.status(), goal.statusReason(),
                goal.currentRevision().number(), content.clientWords(), content.clinicalFraming(), content.lifeArea(),
                content.owners(), target == null ? null : TargetView.of(target),
                answers, goal.lastChangedBy(), goal.lastChangedAt(), goal.labels(), false);
    }

    /**
     * A goal the client's consent keeps from the reader: that something is there, and nothing of it —
     * no words, framing, target, life area, status, answers, or which labels it carries.
     */
    static GoalView withheld(Goal goal) {
        return new GoalView(goal.id(), 0, goal.clientId(), null, null, 0, null, null, null, Set.of(), null, List.of(),
                null, null, Set.of(), true);
    }

    /** The parties whose agreement the goal still waits for; none that the reader may know of when withheld. */
    public List<Party> waitingFor() {
        return answers.stream().filter(answer -> answer.response() != Response.AGREE).map(Answer::party).toList();
    }

    public boolean awaitsAgreement() {
        return !withheld && status.awaitsAgreement();
    }
}
