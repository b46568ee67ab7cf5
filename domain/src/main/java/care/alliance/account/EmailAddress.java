package care.alliance.account;

import care.alliance.person.PlainText;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A work email address: where Keycloak sends a person what they need for their account. One
 * address of the usual form (name@clinic.example), at most 254 characters, no spaces or markup.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(RuleWords.say("email.required"), "email");
        }
        if (!PlainText.isText(value) || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()
                || value.contains("..") || value.startsWith(".")) {
            throw new InvalidInput(RuleWords.say("email.form"), "email");
        }
    }

    /** What a person typed: spaces around it are dropped and the address is kept in lower case. */
    public static EmailAddress typed(String typed) {
        return new EmailAddress(typed == null ? null : typed.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
