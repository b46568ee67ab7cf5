package care.alliance.consent;

import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import care.alliance.rules.Wording;
import java.util.Arrays;
import java.util.Locale;

/**
 * A label the client or the team puts on a sensitive part of the plan. Each label's visibility is
 * the client's to decide, discipline by discipline; substance use is the part protected by
 * 42 CFR Part 2.
 */
public enum SensitiveLabel {
    SUBSTANCE_USE,
    SEXUAL_AND_REPRODUCTIVE_HEALTH,
    HIV,
    TRAUMA;

    /** The label in the reader's words: "substance use". */
    public Wording term() {
        return RuleWords.say("label." + name());
    }

    /** The name the clinic's configuration uses: {@code substance-use}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A label by its enum or configuration name, in any case; an unknown name is refused. */
    public static SensitiveLabel parse(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(label -> label.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInput(RuleWords.say("label.unknown", String.valueOf(name))));
    }
}
