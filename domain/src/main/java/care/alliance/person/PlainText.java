package care.alliance.person;

import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import care.alliance.rules.Wording;
import java.util.regex.Pattern;

/**
 * Rules for text people type into Alliance: trimmed, within a length, and free of markup, so that
 * what one person writes is shown to another exactly as words, never as a page element. Refusals
 * name the text by its field, a term such as "the comment".
 */
public final class PlainText {

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]|&#?[a-zA-Z0-9]+;");

    private PlainText() {
    }

    /** The text, trimmed; refused when empty, too long or carrying markup. */
    public static String required(String text, Wording field, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(RuleWords.say("text.required", field));
        }
        return checked(text.strip(), field, maxLength);
    }

    /** The text, trimmed, or null when there is none; refused when too long or carrying markup. */
    public static String optional(String text, Wording field, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return checked(text.strip(), field, maxLength);
    }

    private static String checked(String text, Wording field, int maxLength) {
        if (text.length() > maxLength) {
            throw new InvalidInput(RuleWords.say("text.tooLong", field, maxLength, text.length()));
        }
        if (MARKUP.matcher(text).find()) {
            throw new InvalidInput(RuleWords.say("text.markup", field));
        }
        return text;
    }
}
