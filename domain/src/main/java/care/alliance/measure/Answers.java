package care.alliance.measure;

import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A whole questionnaire answered: one answer for every item, and how difficult the problems made
 * daily life when any was checked off. A form with an item left out is not a measure and is not
 * taken; the refusal names the item, so a page shows it beside that item.
 */
public final class Answers {

    private final Instrument instrument;
    private final List<Answer> items;
    private final Difficulty difficulty;

    private Answers(Instrument instrument, List<Answer> items, Difficulty difficulty) {
        this.instrument = instrument;
        this.items = List.copyOf(items);
        this.difficulty = difficulty;
    }

    /**
     * The answers to the instrument's items in order (item 1 first), null where an item was left
     * out, and the difficulty (null when not answered).
     */
    public static Answers of(Instrument instrument, List<Integer> values, Difficulty difficulty) {
        if (instrument == null) {
            throw new InvalidInput(RuleWords.say("measure.instrumentRequired"));
        }
        if (values.size() > instrument.itemCount()) {
            throw new InvalidInput(RuleWords.say("measure.tooManyAnswers", instrument.title(), instrument.itemCount()),
                    ANSWERS_FIELD);
        }
        List<Answer> answers = new ArrayList<>();
        for (int number = 1; number <= instrument.itemCount(); number++) {
            Integer value = number <= values.size() ? values.get(number - 1) : null;
            if (value == null) {
                throw new InvalidInput(RuleWords.say("measure.answerMissing", number), itemField(number));
            }
            if (value < Answer.LOWEST || value > Answer.HIGHEST) {
                throw new InvalidInput(RuleWords.say("measure.itemAnswerRange", number, value, Answer.LOWEST,
                        Answer.HIGHEST), itemField(number));
            }
            answers.add(new Answer(value));
        }
        if (difficulty == null && answers.stream().anyMatch(answer -> answer.value() > 0)) {
            throw new InvalidInput(RuleWords.say("measure.difficultyMissing"), "difficulty");
        }
        return new Answers(instrument, answers, difficulty);
    }

    /** The field of the answers as a whole, when there are more than the instrument's items. */
    public static final String ANSWERS_FIELD = "answers";

    /** The name of the form field of item {@code number}, for the message beside it: item1, item2, … */
    public static String itemField(int number) {
        return "item" + number;
    }

    public Instrument instrument() {
        return instrument;
    }

    /** The answer to item {@code number}, counted from 1. */
    public Answer item(int number) {
        return items.get(number - 1);
    }

    public List<Answer> items() {
        return items;
    }

    public Optional<Difficulty> difficulty() {
        return Optional.ofNullable(difficulty);
    }

    /** The total score: the sum of the item answers. */
    public int total() {
        return items.stream().mapToInt(Answer::value).sum();
    }

    public Severity severity() {
        return instrument.severityOf(total());
    }

    /** Whether the answers raise a safety flag: PHQ-9 item 9 answered above zero. */
    public boolean raisesSafetyFlag() {
        for (int number = 1; number <= items.size(); number++) {
            if (instrument.raisesSafetyFlag(number, item(number))) {
                return true;
            }
        }
        return false;
    }
}
