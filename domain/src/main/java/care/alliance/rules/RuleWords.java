package care.alliance.rules;

import java.io.Serializable;

/** The domain's words for refusals and the terms they use, in {@code care/alliance/rules/refusals*.properties}. */
public final class RuleWords {

    static final String BUNDLE = "care.alliance.rules.refusals";

    private RuleWords() {
    }

    public static Wording say(String key, Serializable... arguments) {
        return Wording.of(BUNDLE, key, arguments);
    }
}
