package care.alliance.progress;

import care.alliance.goal.Goal;
import care.alliance.goal.GoalStatus;
import care.alliance.goal.MeasureValue;
import care.alliance.goal.Party;
import care.alliance.goal.Target;
import care.alliance.person.PlainText;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A look at how a goal is going, by the client or someone of the team: a rating from 0 to 10, the
 * goal's measure where it has one, and a note. A check-in whose measure reaches the goal's target
 * is an achievement: the client sees it celebrated, and everyone is asked whether the goal is
 * now achieved.
 */
@Entity
@Table(name = "progress_check_in")
public class ProgressCheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    private Goal goal;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Embedded
    private Rating rating;

    @Column(name = "measured_value", precision = 12, scale = 2)
    private BigDecimal measuredValue;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "reached_target", nullable = false)
    private boolean reachedTarget;

    @Column(name = "by_username", nullable = false, length = 100)
    private String by;

    @Enumerated(EnumType.STRING)
    @Column(name = "by_party", nullable = false, length = 30)
    private Party byParty;

    @Column(name = "checked_in_at", nullable = false)
    private Instant checkedInAt;

    protected ProgressCheckIn() {
    }

    public ProgressCheckIn(Goal goal, Rating rating, BigDecimal measuredValue, String note, String by, Party byParty,
            Instant at) {
        if (goal.status() != GoalStatus.AGREED && goal.status() != GoalStatus.REVISED) {
            throw new ChangeRefused(RuleWords.say("progress.goalNotWorkedOn"));
        }
        if (by == null || byParty == null || at == null) {
            throw new IllegalArgumentException("A check-in needs who made it, their party and a time.");
        }
        if (rating == null) {
            throw new InvalidInput(RuleWords.say("progress.ratingRequired", Rating.LOWEST, Rating.HIGHEST), "rating");
        }
        this.goal = goal;
        this.clientId = goal.clientId();
        this.rating = rating;
        this.measuredValue = MeasureValue.checked(measuredValue, RuleWords.say("field.measuredValue"));
        this.note = PlainText.optional(note, RuleWords.say("field.note"), 1000);
        Target target = goal.currentContent().target();
        this.reachedTarget = target != null && target.isReachedBy(this.measuredValue);
        this.by = by;
        this.byParty = byParty;
        this.checkedInAt = at;
    }

    /** Whether this check-in reached the goal's target: an achievement to celebrate. */
    public boolean reachedTarget() {
        return reachedTarget;
    }

    public Long id() {
        return id;
    }

    public Goal goal() {
        return goal;
    }

    public Rating rating() {
        return rating;
    }

    public BigDecimal measuredValue() {
        return measuredValue;
    }

    public String note() {
        return note;
    }

    public String by() {
        return by;
    }

    public Party byParty() {
        return byParty;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }
}
