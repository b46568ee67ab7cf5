package care.alliance.measure;

import care.alliance.goal.Party;
import care.alliance.person.PlainText;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * How a safety flag was followed up: when the client was reached, what was assessed, where it
 * led, and which clinician of the team did it, when.
 */
@Embeddable
public class FollowUp {

    public static final int TEXT_LENGTH = 2000;

    @Column(name = "client_reached_at")
    private Instant clientReachedAt;

    @Column(name = "assessment", length = TEXT_LENGTH)
    private String assessment;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 30)
    private FollowUpOutcome outcome;

    @Column(name = "followed_up_by", length = 100)
    private String followedUpBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "followed_up_by_party", length = 30)
    private Party followedUpByParty;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected FollowUp() {
    }

    /**
     * The follow-up as logged at {@code at}: the client was reached at {@code clientReachedAt},
     * which is not later than the logging.
     */
    public FollowUp(Instant clientReachedAt, String assessment, FollowUpOutcome outcome, String by, Party byParty,
            Instant at) {
        if (by == null || byParty == null || at == null) {
            throw new IllegalArgumentException("A follow-up needs who logged it, their party and a time.");
        }
        if (clientReachedAt == null) {
            throw new InvalidInput(RuleWords.say("text.required", RuleWords.say("field.clientReachedAt")));
        }
        if (clientReachedAt.isAfter(at)) {
            throw new InvalidInput(RuleWords.say("safety.reachedInFuture", RuleWords.say("field.clientReachedAt")));
        }
        if (outcome == null) {
            throw new InvalidInput(RuleWords.say("text.required", RuleWords.say("field.followUpOutcome")));
        }
        this.clientReachedAt = clientReachedAt;
        this.assessment = PlainText.required(assessment, RuleWords.say("field.assessment"), TEXT_LENGTH);
        this.outcome = outcome;
        this.followedUpBy = by;
        this.followedUpByParty = byParty;
        this.closedAt = at;
    }

    public Instant clientReachedAt() {
        return clientReachedAt;
    }

    public String assessment() {
        return assessment;
    }

    public FollowUpOutcome outcome() {
        return outcome;
    }

    public String followedUpBy() {
        return followedUpBy;
    }

    public Party followedUpByParty() {
        return followedUpByParty;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
