package care.alliance.measure;

import care.alliance.goal.Party;
import care.alliance.goal.Target;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One administration of a questionnaire: the client's answer to every item, the total and its
 * severity band, on the day the client answered. The client fills it in in the portal, or a
 * clinician on the team enters it from the paper form, and the result says which. It is never
 * changed after; a mistake is put right by a new one.
 */
@Entity
@Table(name = "measure_result")
public class MeasureResult {

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

    @Column(name = "item_1", nullable = false)
    private int item1;
    @Column(name = "item_2", nullable = false)
    private int item2;
    @Column(name = "item_3", nullable = false)
    private int item3;
    @Column(name = "item_4", nullable = false)
    private int item4;
    @Column(name = "item_5", nullable = false)
    private int item5;
    @Column(name = "item_6", nullable = false)
    private int item6;
    @Column(name = "item_7", nullable = false)
    private int item7;
    // The GAD-7 has seven items: its eighth and ninth are empty.
    @Column(name = "item_8")
    private Integer item8;
    @Column(name = "item_9")
    private Integer item9;

    @Enumerated(EnumType.STRING)
    @Column(name = "difficulty", length = 30)
    private Difficulty difficulty;

    // Kept with the answers so that the registry reads scores without recomputing them.
    @Column(name = "total", nullable = false)
    private int total;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 20)
    private Severity severity;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 10)
    private MeasureSource source;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_by_party", nullable = false, length = 30)
    private Party recordedByParty;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** The form field of the day a paper form was filled in, for the message beside it. */
    public static final String COMPLETED_ON_FIELD = "completedOn";

    protected MeasureResult() {
    }

    private MeasureResult(long clientId, Answers answers, LocalDate completedOn, MeasureSource source, String by,
            Party byParty, Instant at) {
        if (answers == null) {
            throw new InvalidInput(RuleWords.say("measure.answerAll"));
        }
        if (by == null || byParty == null || at == null) {
            throw new IllegalArgumentException("A measure needs who recorded it, their party and a time.");
        }
        this.clientId = clientId;
        this.instrument = answers.instrument();
        int[] items = new int[Instrument.PHQ_9.itemCount()];
        for (int number = 1; number <= instrument.itemCount(); number++) {
            items[number - 1] = answers.item(number).value();
        }
        this.item1 = items[0];
        this.item2 = items[1];
        this.item3 = items[2];
        this.item4 = items[3];
        this.item5 = items[4];
        this.item6 = items[5];
        this.item7 = items[6];
        this.item8 = instrument.itemCount() >= 8 ? items[7] : null;
        this.item9 = instrument.itemCount() >= 9 ? items[8] : null;
        this.difficulty = answers.difficulty().orElse(null);
        this.total = answers.total();
        this.severity = answers.severity();
        this.completedOn = completedOn;
        this.source = source;
        this.recordedBy = by;
        this.recordedByParty = byParty;
        this.recordedAt = at;
    }

    /** The client's own answers, filled in in the portal today. */
    public static MeasureResult filledInByClient(long clientId, Answers answers, String client, Instant at,
            LocalDate today) {
        return new MeasureResult(clientId, answers, today, MeasureSource.PORTAL, client, Party.CLIENT, at);
    }

    /**
     * The client's answers on a paper form, entered by a clinician of the team: the day the client
     * answered may be earlier, never later than today.
     */
    public static MeasureResult enteredFromPaper(long clientId, Answers answers, LocalDate completedOn, String by,
            Party byParty, Instant at, LocalDate today) {
        if (completedOn == null) {
            throw new InvalidInput(RuleWords.say("text.required", RuleWords.say("field.completedOn")), COMPLETED_ON_FIELD);
        }
        try {
            ClinicCalendar.planDate(completedOn, RuleWords.say("field.completedOn"));
        } catch (InvalidInput outside) {
            throw new InvalidInput(outside.why(), COMPLETED_ON_FIELD);
        }
        if (completedOn.isAfter(today)) {
            throw new InvalidInput(RuleWords.say("measure.completedInFuture", RuleWords.say("field.completedOn")),
                    COMPLETED_ON_FIELD);
        }
        if (!Party.isTeam(byParty)) {
            throw new IllegalArgumentException("A measure from paper is entered by a clinician of the team.");
        }
        return new MeasureResult(clientId, answers, completedOn, MeasureSource.PAPER, by, byParty, at);
    }

    public Answers answers() {
        List<Integer> values = new ArrayList<>(List.of(item1, item2, item3, item4, item5, item6, item7));
        if (instrument.itemCount() >= 8) {
            values.add(item8);
        }
        if (instrument.itemCount() >= 9) {
            values.add(item9);
        }
        return Answers.of(instrument, values, difficulty);
    }

    /** Whether this result raises a safety flag: PHQ-9 item 9 answered above zero. */
    /** Whether this score reaches a goal's target on this questionnaire's total score. */
    public boolean reaches(Target target) {
        return Instrument.ofTarget(target).filter(instrument -> instrument == this.instrument).isPresent()
                && target.isReachedBy(BigDecimal.valueOf(total()));
    }

    public boolean raisesSafetyFlag() {
        return instrument.raisesSafetyFlag(Instrument.SAFETY_ITEM, new Answer(item9 == null ? 0 : item9));
    }

    public Long id() {
        return id;
    }

    public long clientId() {
        return clientId;
    }

    public Instrument instrument() {
        return instrument;
    }

    public int total() {
        return total;
    }

    /** The total on the day the client filled it in. */
    public Score score() {
        return new Score(instrument(), total(), completedOn());
    }

    public Severity severity() {
        return severity;
    }

    public Optional<Difficulty> difficulty() {
        return Optional.ofNullable(difficulty);
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public MeasureSource source() {
        return source;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Party recordedByParty() {
        return recordedByParty;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
