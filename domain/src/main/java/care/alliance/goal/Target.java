package care.alliance.goal;

import care.alliance.person.PlainText;
import care.alliance.rules.ClinicCalendar;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What would show a goal is reached: a measure, the value to reach (at least or at most) and by
 * when. "Walk on at least 4 days a week by 1 March." The measure may be a standard questionnaire's
 * total score ("PHQ-9 score at most 9 by March"): the target then names the questionnaire by its
 * code, and the scores the client gives reach it as check-ins do.
 */
@Embeddable
public class Target {

    public enum Direction { AT_LEAST, AT_MOST }

    @Column(name = "target_measure", length = 200)
    private String measure;

    @Column(name = "target_value", precision = 12, scale = 2)
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_direction", length = 10)
    private Direction direction;

    @Column(name = "target_date")
    private LocalDate byDate;

    /** The code of the questionnaire whose total score is the measure (an Instrument's name), or none. */
    @Column(name = "target_instrument", length = 10)
    private String instrument;

    protected Target() {
    }

    /**
     * A target on a questionnaire's total score; the questionnaire checks the value against its own
     * range before it makes one (see Instrument.target).
     */
    public static Target onScore(String instrument, String measure, BigDecimal value, Direction direction,
            LocalDate byDate) {
        Target target = new Target(measure, value, direction, byDate);
        target.instrument = Objects.requireNonNull(instrument);
        return target;
    }

    public Target(String measure, BigDecimal value, Direction direction, LocalDate byDate) {
        this.measure = PlainText.requiredLine(measure, RuleWords.say("field.targetMeasure"), 200);
        if (value == null || direction == null) {
            throw new InvalidInput(RuleWords.say("goal.targetIncomplete"), "targetValue");
        }
        this.value = MeasureValue.checked(value, RuleWords.say("field.targetValue"));
        this.direction = direction;
        this.byDate = ClinicCalendar.planDate(byDate, RuleWords.say("field.targetDate"));
    }

    /** Whether a measured value reaches the target. */
    public boolean isReachedBy(BigDecimal measured) {
        if (measured == null) {
            return false;
        }
        int comparison = measured.compareTo(value);
        return direction == Direction.AT_LEAST ? comparison >= 0 : comparison <= 0;
    }

    public String measure() {
        return measure;
    }

    /** The code of the questionnaire whose total score the target is on, if it is on one. */
    public Optional<String> scoredBy() {
        return Optional.ofNullable(instrument);
    }

    public BigDecimal value() {
        return value;
    }

    public Direction direction() {
        return direction;
    }

    public LocalDate byDate() {
        return byDate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Target target && Objects.equals(measure, target.measure)
                && value != null && target.value != null && value.compareTo(target.value) == 0
                && direction == target.direction && Objects.equals(byDate, target.byDate)
                && Objects.equals(instrument, target.instrument);
    }

    @Override
    public int hashCode() {
        return Objects.hash(measure, value == null ? null : value.stripTrailingZeros(), direction, byDate, instrument);
    }

    @Override
    public String toString() {
        return measure + (direction == Direction.AT_LEAST ? " at least " : " at most ") + value.stripTrailingZeros().toPlainString()
                + (byDate == null ? "" : " by " + byDate);
    }
}
