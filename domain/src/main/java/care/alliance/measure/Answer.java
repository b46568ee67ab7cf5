package care.alliance.measure;

import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import java.util.List;

/**
 * The answer to one item: how often over the last two weeks the client was bothered by it, from
 * 0 (not at all) to 3 (nearly every day), as both questionnaires ask.
 */
public record Answer(int value) {

    public static final int LOWEST = 0;
    public static final int HIGHEST = 3;

    /** The answers as the official English forms print them, from 0 to 3. */
    public static final List<String> OFFICIAL_WORDING = List.of(
            "Not at all", "Several days", "More than half the days", "Nearly every day");

    public Answer {
        if (value < LOWEST || value > HIGHEST) {
            throw new InvalidInput(RuleWords.say("measure.answerRange", LOWEST, HIGHEST));
        }
    }

    public String officialWording() {
        return OFFICIAL_WORDING.get(value);
    }
}
