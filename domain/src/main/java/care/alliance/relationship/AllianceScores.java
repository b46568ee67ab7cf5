package care.alliance.relationship;

import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;

/** The client's answers to the three items of one check-in. */
public record AllianceScores(AllianceScore goals, AllianceScore tasks, AllianceScore bond) {

    public AllianceScores {
        if (goals == null || tasks == null || bond == null) {
            throw new InvalidInput(RuleWords.say("alliance.answerAll"));
        }
    }

    public static AllianceScores of(int goals, int tasks, int bond) {
        return new AllianceScores(new AllianceScore(goals), new AllianceScore(tasks), new AllianceScore(bond));
    }

    public AllianceScore of(AllianceDimension dimension) {
        return switch (dimension) {
            case GOALS -> goals;
            case TASKS -> tasks;
            case BOND -> bond;
        };
    }
}
