package care.alliance.review;

import care.alliance.goal.Party;
import care.alliance.person.PlainText;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.ClinicCalendar;
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
import java.time.LocalDate;

/**
 * The psychiatric consultant reviewed this client's course on a day: scores, flags, the plan and
 * what the care manager told them. A short note says what they found. A review is a fact about the
 * past: it is never on a day still to come, and once recorded it is not changed; the next review is
 * a new one. The registry reads the last review of each client.
 */
@Entity
@Table(name = "case_review")
public class CaseReview {

    public static final int NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    @Column(name = "reviewed_by", nullable = false, length = 100)
    private String reviewedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "reviewed_by_party", nullable = false, length = 30)
    private Party reviewedByParty;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CaseReview() {
    }

    private CaseReview(long clientId, LocalDate reviewedOn, String note, String by, Party byParty, Instant at) {
        this.clientId = clientId;
        this.reviewedOn = reviewedOn;
        this.note = note;
        this.reviewedBy = by;
        this.reviewedByParty = byParty;
        this.recordedAt = at;
    }

    /**
     * The review {@code by} held on {@code reviewedOn}, recorded at {@code at}; {@code today} is the
     * clinic's day at that moment. Only psychiatry reviews a caseload.
     */
    public static CaseReview record(long clientId, LocalDate reviewedOn, String note, String by, Party byParty,
            Instant at, LocalDate today) {
        if (by == null || at == null || today == null) {
            throw new IllegalArgumentException("A review needs who recorded it and when.");
        }
        if (byParty != Party.PSYCHIATRY) {
            throw new ChangeRefused(RuleWords.say("review.psychiatryReviews"));
        }
        if (reviewedOn == null) {
            throw new InvalidInput(RuleWords.say("text.required", RuleWords.say("field.reviewedOn")));
        }
        ClinicCalendar.planDate(reviewedOn, RuleWords.say("field.reviewedOn"));
        if (reviewedOn.isAfter(today)) {
            throw new InvalidInput(RuleWords.say("review.notInFuture", RuleWords.say("field.reviewedOn")));
        }
        return new CaseReview(clientId, reviewedOn,
                PlainText.optional(note, RuleWords.say("field.reviewNote"), NOTE_LENGTH), by, byParty, at);
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

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    /** What the psychiatrist found, or null when they wrote nothing. */
    public String note() {
        return note;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Party reviewedByParty() {
        return reviewedByParty;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
