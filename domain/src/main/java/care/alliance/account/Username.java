package care.alliance.account;

import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The user name a person signs in with. Keycloak keeps user names in lower case; Alliance asks for
 * the plain kind clinics use ("sam.rivera"): 3 to 50 lower-case letters, digits, dots, hyphens and
 * underscores, starting with a letter, so a name is typed the same way everywhere and never looks
 * like another.
 */
public record Username(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 50;

    private static final Pattern ALLOWED = Pattern.compile("[a-z][a-z0-9._-]*");

    public Username {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(RuleWords.say("username.required"), "username");
        }
        if (!value.equals(value.strip())) {
            throw new InvalidInput(RuleWords.say("username.characters"), "username");
        }
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new InvalidInput(RuleWords.say("username.length", MIN_LENGTH, MAX_LENGTH), "username");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidInput(RuleWords.say("username.characters"), "username");
        }
    }

    /** What a person typed: spaces around it are dropped and capitals written small, as Keycloak would. */
    public static Username typed(String typed) {
        return new Username(typed == null ? null : typed.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
