package care.alliance.measure;

import care.alliance.goal.Target;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The standard questionnaires Alliance administers, each with its items in the official English
 * wording, its severity bands, its LOINC codes (for the FHIR export) and the attribution its
 * authors ask for. Both are free to reproduce. No Spanish wording is kept: only the official
 * translation may be used, and it is not at hand, so Spanish readers see the English items.
 */
public enum Instrument {

    PHQ_9("Patient Health Questionnaire (PHQ-9)", "PHQ-9", "44249-1", "44261-6",
            "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
            List.of("Little interest or pleasure in doing things",
                    "Feeling down, depressed, or hopeless",
                    "Trouble falling or staying asleep, or sleeping too much",
                    "Feeling tired or having little energy",
                    "Poor appetite or overeating",
                    "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
                    "Trouble concentrating on things, such as reading the newspaper or watching television",
                    "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so"
                            + " fidgety or restless that you have been moving around a lot more than usual",
                    "Thoughts that you would be better off dead or of hurting yourself in some way"),
            List.of(new Band(0, 4, Severity.MINIMAL), new Band(5, 9, Severity.MILD), new Band(10, 14, Severity.MODERATE),
                    new Band(15, 19, Severity.MODERATELY_SEVERE), new Band(20, 27, Severity.SEVERE))),

    GAD_7("Generalized Anxiety Disorder scale (GAD-7)", "GAD-7", "69737-5", "70274-6",
            "Over the last 2 weeks, how often have you been bothered by the following problems?",
            List.of("Feeling nervous, anxious or on edge",
                    "Not being able to stop or control worrying",
                    "Worrying too much about different things",
                    "Trouble relaxing",
                    "Being so restless that it is hard to sit still",
                    "Becoming easily annoyed or irritable",
                    "Feeling afraid as if something awful might happen"),
            List.of(new Band(0, 4, Severity.MINIMAL), new Band(5, 9, Severity.MILD), new Band(10, 14, Severity.MODERATE),
                    new Band(15, 21, Severity.SEVERE)));

    /** The line the authors ask to be shown with either questionnaire. */
    public static final String ATTRIBUTION = "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke"
            + " and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce,"
            + " translate, display or distribute.";

    /** The PHQ-9 item that asks about thoughts of death or self-harm; any answer above zero raises a safety flag. */
    public static final int SAFETY_ITEM = 9;

    /** LOINC code of PHQ-9 item 9. */
    public static final String SAFETY_ITEM_LOINC = "44260-8";

    /**
     * The question after the items, as both official forms print it; asked only of a client who
     * checked off a problem.
     */
    public static final String DIFFICULTY_QUESTION = "If you checked off any problems, how difficult have these"
            + " problems made it for you to do your work, take care of things at home, or get along with other people?";

    /** A total below this is remission, on both instruments. */
    public static final int REMISSION_BELOW = 5;

    /** A range of totals and the severity it means. */
    public record Band(int from, int to, Severity severity) {
        boolean holds(int total) {
            return total >= from && total <= to;
        }
    }

    private final String title;
    private final String shortName;
    private final String panelLoinc;
    private final String totalLoinc;
    private final String stem;
    private final List<String> items;
    private final List<Band> bands;

    Instrument(String title, String shortName, String panelLoinc, String totalLoinc, String stem, List<String> items,
            List<Band> bands) {
        this.title = title;
        this.shortName = shortName;
        this.panelLoinc = panelLoinc;
        this.totalLoinc = totalLoinc;
        this.stem = stem;
        this.items = items;
        this.bands = bands;
    }

    public String title() {
        return title;
    }

    /** The name clinicians and clients know it by: PHQ-9, GAD-7. */
    public String shortName() {
        return shortName;
    }

    /**
     * A goal's target on this questionnaire's total score: a whole number within its range, at
     * most ("PHQ-9 score at most 9") or at least, by a date or not.
     */
    public Target target(BigDecimal score, Target.Direction direction, LocalDate byDate) {
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(highestTotal())) > 0
                || score.stripTrailingZeros().scale() > 0)) {
            throw new InvalidInput(RuleWords.say("measure.targetOutOfRange", shortName, highestTotal()), "targetValue");
        }
        // The measure's words are kept as data, as a clinician would write them; pages name the score in the reader's language.
        return Target.onScore(name(), shortName + " score", score, direction, byDate);
    }

    /** The questionnaire a target is on, if it is on one's total score. */
    public static Optional<Instrument> ofTarget(Target target) {
        return target == null ? Optional.empty() : target.scoredBy().map(Instrument::valueOf);
    }

    /** LOINC code of the questionnaire as a panel of its items. */
    public String panelLoinc() {
        return panelLoinc;
    }

    /** LOINC code of its total score. */
    public String totalLoinc() {
        return totalLoinc;
    }

    /** The question the items answer, in the official English wording. */
    public String stem() {
        return stem;
    }

    /** The items in order, in the official English wording; item 1 first. */
    public List<String> items() {
        return items;
    }

    public int itemCount() {
        return items.size();
    }

    /** Item {@code number}, counted from 1 as the forms number them. */
    public String item(int number) {
        return items.get(number - 1);
    }

    public int highestTotal() {
        return itemCount() * Answer.HIGHEST;
    }

    public List<Band> bands() {
        return bands;
    }

    /** The severity band a total falls in. */
    public Severity severityOf(int total) {
        return bands.stream().filter(band -> band.holds(total)).findFirst().map(Band::severity)
                .orElseThrow(() -> new IllegalArgumentException(name() + " totals run from 0 to " + highestTotal()
                        + ", not " + total + "."));
    }

    /** Whether an answer to this item raises a safety flag: PHQ-9 item 9 above zero. */
    public boolean raisesSafetyFlag(int item, Answer answer) {
        return this == PHQ_9 && item == SAFETY_ITEM && answer.value() > 0;
    }
}
