package care.alliance.measure;

import care.alliance.goal.Party;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a PHQ-9 with item 9 answered above zero raises for the client's team, the moment the
 * answers are recorded: the client has had thoughts of being better off dead or of self-harm.
 * It stays open until a clinician of the team has reached the client and logged the follow-up;
 * nothing else closes it. The team sees how long it was open.
 */
@Entity
@Table(name = "safety_flag")
public class SafetyFlag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_result_id")
    private MeasureResult result;

    @Column(name = "item_answer", nullable = false)
    private int itemAnswer;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Embedded
    private FollowUp followUp;

    protected SafetyFlag() {
    }

    private SafetyFlag(MeasureResult result) {
        this.clientId = result.clientId();
        this.result = result;
        this.itemAnswer = result.answers().item(Instrument.SAFETY_ITEM).value();
        this.raisedAt = result.recordedAt();
    }

    /** The flag the result raises, at the moment it was recorded, if it raises one. */
    public static Optional<SafetyFlag> raisedBy(MeasureResult result) {
        return result.raisesSafetyFlag() ? Optional.of(new SafetyFlag(result)) : Optional.empty();
    }

    /** Closes the flag with its follow-up by a clinician of the team; done once. */
    public void close(FollowUp followUp) {
        if (!Party.isTeam(followUp.followedUpByParty())) {
            throw new ChangeRefused(RuleWords.say("safety.teamClosesIt"));
        }
        if (isClosed()) {
            throw new ChangeRefused(RuleWords.say("safety.alreadyClosed"));
        }
        if (followUp.clientReachedAt().isBefore(raisedAt)) {
            throw new InvalidInput(RuleWords.say("safety.reachedBeforeRaised", RuleWords.say("field.clientReachedAt")));
        }
        this.followUp = followUp;
    }

    public boolean isClosed() {
        return followUp != null && followUp.closedAt() != null;
    }

    /** How long the flag has been open at {@code now}, or was open until its follow-up closed it. */
    public Duration timeOpen(Instant now) {
        Instant end = isClosed() ? followUp.closedAt() : now;
        return Duration.between(raisedAt, end).isNegative() ? Duration.ZERO : Duration.between(raisedAt, end);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long clientId() {
        return clientId;
    }

    public MeasureResult result() {
        return result;
    }

    /** The answer to item 9 that raised it, from 1 to 3. */
    public int itemAnswer() {
        return itemAnswer;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Optional<FollowUp> followUp() {
        return isClosed() ? Optional.of(followUp) : Optional.empty();
    }
}
