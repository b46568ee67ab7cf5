package care.alliance.measure;

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
import java.util.Optional;

/**
 * How often a client fills in one questionnaire: every two weeks unless the team changes it. The
 * next one is due that many weeks after the last was filled in (the first from the day the
 * schedule starts); a week after it fell due, it is overdue. The team may pause it (e.g. while the
 * client is in hospital): nothing is due until the team sets how often again.
 */
@Entity
@Table(name = "measure_schedule")
public class MeasureSchedule {

    public static final int STANDARD_WEEKS = 2;
    public static final int FEWEST_WEEKS = 1;
    public static final int MOST_WEEKS = 26;
    /** Days after falling due that a measure still not filled in counts as overdue. */
    public static final int OVERDUE_AFTER_DAYS = 7;
    /** The form field of how many weeks apart, for the message beside it. */
    public static final String EVERY_WEEKS_FIELD = "everyWeeks";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "instrument", nullable = false, length = 10)
    private Instrument instrument;

    @Column(name = "every_weeks", nullable = false)
    private int everyWeeks;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "paused", nullable = false)
    private boolean paused;

    @Column(name = "changed_by", length = 100)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected MeasureSchedule() {
    }

    private MeasureSchedule(long clientId, Instrument instrument, int everyWeeks, LocalDate startsOn) {
        if (instrument == null || startsOn == null) {
            throw new IllegalArgumentException("A schedule needs its instrument and the day it starts.");
        }
        this.clientId = clientId;
        this.instrument = instrument;
        this.everyWeeks = checkedWeeks(everyWeeks);
        this.startsOn = startsOn;
    }

    /** The standard schedule, every two weeks, the first due on {@code startsOn}. */
    public static MeasureSchedule standard(long clientId, Instrument instrument, LocalDate startsOn) {
        return new MeasureSchedule(clientId, instrument, STANDARD_WEEKS, startsOn);
    }

    /**
     * A schedule as it was stored, for reading when the measure is due where the entity itself
     * was not loaded (a registry page); changes go through the stored entity.
     */
    public static MeasureSchedule asKept(long clientId, Instrument instrument, int everyWeeks, boolean paused,
            LocalDate startsOn) {
        MeasureSchedule schedule = new MeasureSchedule(clientId, instrument, everyWeeks, startsOn);
        schedule.paused = paused;
        return schedule;
    }

    /** The team changes how often the measure is due; a paused schedule runs again. */
    public void change(int everyWeeks, String by, Instant at) {
        this.everyWeeks = checkedWeeks(everyWeeks);
        this.paused = false;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** The team pauses the measure: it is not due, nor overdue, until they set how often again. */
    public void pause(String by, Instant at) {
        this.paused = true;
        this.changedBy = by;
        this.changedAt = at;
    }

    private static int checkedWeeks(int weeks) {
        if (weeks < FEWEST_WEEKS || weeks > MOST_WEEKS) {
            throw new InvalidInput(RuleWords.say("measure.scheduleWeeks", RuleWords.say("field.everyWeeks"),
                    FEWEST_WEEKS, MOST_WEEKS), EVERY_WEEKS_FIELD);
        }
        return weeks;
    }

    /** The day the next one falls due, after the last one filled in (if any). */
    public LocalDate nextDueOn(Optional<LocalDate> lastCompletedOn) {
        return lastCompletedOn.map(last -> last.plusWeeks(everyWeeks)).orElse(startsOn);
    }

    /** Whether the measure is due, or overdue, on {@code day}, after the last one filled in (if any). */
    public DueStatus statusOn(LocalDate day, Optional<LocalDate> lastCompletedOn) {
        if (paused) {
            return DueStatus.NOT_DUE;
        }
        LocalDate due = nextDueOn(lastCompletedOn);
        if (day.isBefore(due)) {
            return DueStatus.NOT_DUE;
        }
        return day.isBefore(due.plusDays(OVERDUE_AFTER_DAYS)) ? DueStatus.DUE : DueStatus.OVERDUE;
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

    public Instrument instrument() {
        return instrument;
    }

    public int everyWeeks() {
        return everyWeeks;
    }

    public boolean isPaused() {
        return paused;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public Optional<String> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }
}
