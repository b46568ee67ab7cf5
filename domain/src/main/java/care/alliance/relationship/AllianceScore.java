package care.alliance.relationship;

import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;

/** A client's answer to one check-in item, from 1 (not at all) to 5 (completely). */
public record AllianceScore(int value) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public AllianceScore {
        if (value < LOWEST || value > HIGHEST) {
            throw new InvalidInput(RuleWords.say("alliance.scoreRange", LOWEST, HIGHEST));
        }
    }
}
