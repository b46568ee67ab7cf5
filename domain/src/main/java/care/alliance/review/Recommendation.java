package care.alliance.review;

import care.alliance.goal.Party;
import care.alliance.person.PlainText;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * What the psychiatric consultant recommends to the client's primary care clinician after
 * reviewing the case: a medication change to consider, another change of treatment, a referral.
 * The psychiatrist does not prescribe for the team's clients; primary care does, so the
 * recommendation is theirs to answer. It stays open, in sight on the plan and in the registry,
 * until primary care accepts it, adapts it (saying what they changed) or declines it (saying
 * why). Only an open recommendation is answered, and only once: the answer is part of the record.
 */
@Entity
@Table(name = "recommendation")
public class Recommendation {

    public static final int TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private RecommendationKind kind;

    @Column(name = "text", nullable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "recommended_by", nullable = false, length = 100)
    private String recommendedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommended_by_party", nullable = false, length = 30)
    private Party recommendedByParty;

    @Column(name = "recommended_at", nullable = false)
    private Instant recommendedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "addressed_to", nullable = false, length = 30)
    private Party addressedTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RecommendationStatus status;

    @Column(name = "answer", length = TEXT_LENGTH)
    private String answer;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "answered_by_party", length = 30)
    private Party answeredByParty;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Recommendation() {
    }

    private Recommendation(long clientId, RecommendationKind kind, String text, String by, Party byParty, Instant at) {
        this.clientId = clientId;
        this.kind = kind;
        this.text = text;
        this.recommendedBy = by;
        this.recommendedByParty = byParty;
        this.recommendedAt = at;
        this.addressedTo = Party.PRIMARY_CARE;
        this.status = RecommendationStatus.OPEN;
    }

    /** A recommendation by the team's psychiatrist, open for primary care to answer. */
    public static Recommendation make(long clientId, RecommendationKind kind, String text, String by, Party byParty,
            Instant at) {
        if (by == null || at == null) {
            throw new IllegalArgumentException("A recommendation needs who made it and when.");
        }
        if (byParty != Party.PSYCHIATRY) {
            throw new ChangeRefused(RuleWords.say("review.psychiatryRecommends"));
        }
        if (kind == null) {
            throw new InvalidInput(RuleWords.say("review.kindRequired", RuleWords.say("field.recommendationKind")));
        }
        return new Recommendation(clientId, kind,
                PlainText.required(text, RuleWords.say("field.recommendationText"), TEXT_LENGTH), by, byParty, at);
    }

    /**
     * Primary care's answer, given at {@code at}, which is not before the recommendation was made:
     * accepted (words optional), adapted (what was adapted) or declined (why).
     */
    public void answer(RecommendationStatus outcome, String words, String by, Party byParty, Instant at) {
        if (by == null || at == null) {
            throw new IllegalArgumentException("An answer needs who gave it and when.");
        }
        if (byParty != addressedTo) {
            throw new ChangeRefused(RuleWords.say("review.primaryCareAnswers"));
        }
        if (!isOpen()) {
            throw new ChangeRefused(RuleWords.say("review.alreadyAnswered", answeredBy));
        }
        if (outcome == null || !outcome.isAnswer()) {
            throw new InvalidInput(RuleWords.say("review.answerRequired", RuleWords.say("field.recommendationAnswer")));
        }
        if (at.isBefore(recommendedAt)) {
            throw new IllegalArgumentException("An answer comes after the recommendation.");
        }
        String said = outcome.needsWords()
                ? PlainText.required(words, RuleWords.say(outcome == RecommendationStatus.ADAPTED
                        ? "field.whatWasAdapted" : "field.declineWhy"), TEXT_LENGTH)
                : PlainText.optional(words, RuleWords.say("field.acceptNote"), TEXT_LENGTH);
        this.status = outcome;
        this.answer = said;
        this.answeredBy = by;
        this.answeredByParty = byParty;
        this.answeredAt = at;
    }

    public boolean isOpen() {
        return status == RecommendationStatus.OPEN;
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

    public RecommendationKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public String recommendedBy() {
        return recommendedBy;
    }

    public Party recommendedByParty() {
        return recommendedByParty;
    }

    public Instant recommendedAt() {
        return recommendedAt;
    }

    /** Whose answer it waits for: the team's primary care. */
    public Party addressedTo() {
        return addressedTo;
    }

    public RecommendationStatus status() {
        return status;
    }

    /** What was adapted, why it was declined, or what primary care added on accepting it. */
    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<String> answeredBy() {
        return Optional.ofNullable(answeredBy);
    }

    public Optional<Party> answeredByParty() {
        return Optional.ofNullable(answeredByParty);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }
}
