package care.alliance.person;

import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import care.alliance.rules.Wording;
import java.util.regex.Pattern;

/**
 * Rules for text people type into Alliance: trimmed, within a length, free of markup, and made of
 * characters only, so that what one person writes is shown to another exactly as words, never as
 * a page element. Control codes (NUL and the rest of C0, DEL, C1), lone halves of a surrogate pair
 * and the Unicode non-characters are refused everywhere: a page would not show them, they can
 * change what a reader sees, and PostgreSQL refuses NUL outright. Text that runs over several
 * lines, such as a note, keeps its line breaks and tabs; a single line, such as a name or a
 * measure, has none. Refusals name the text by its field, a term such as "the comment".
 */
public final class PlainText {

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]|&#?[a-zA-Z0-9]+;");

    private PlainText() {
    }

    /** Text that may run over several lines, trimmed; refused when empty, too long, marked up or not text. */
    public static String required(String text, Wording field, int maxLength) {
        return required(text, field, maxLength, true);
    }

    /**
     * Text that may run over several lines, trimmed, or null when there is none; refused when too
     * long, marked up or not text.
     */
    public static String optional(String text, Wording field, int maxLength) {
        return optional(text, field, maxLength, true);
    }

    /** One line, trimmed; refused as {@link #required} is, and when it holds a line break or a tab. */
    public static String requiredLine(String text, Wording field, int maxLength) {
        return required(text, field, maxLength, false);
    }

    /**
     * One line, trimmed, or null when there is none; refused as {@link #optional} is, and when it
     * holds a line break or a tab.
     */
    public static String optionalLine(String text, Wording field, int maxLength) {
        return optional(text, field, maxLength, false);
    }

    /**
     * Whether every character of the text is one a person writes: no control code but a line break
     * or a tab, no lone half of a surrogate pair, no non-character.
     */
    public static boolean isText(String text) {
        return text.codePoints().noneMatch(PlainText::isNotText);
    }

    /** Whether the text holds something a browser would read as markup: a tag or a character reference. */
    public static boolean hasMarkup(String text) {
        return MARKUP.matcher(text).find();
    }

    /** Whether the text stays on one line: no line break, no tab. */
    public static boolean isOneLine(String text) {
        return text.codePoints().noneMatch(PlainText::isLineBreakOrTab);
    }

    private static String required(String text, Wording field, int maxLength, boolean lines) {
        String trimmed = text == null ? "" : trimmed(text, field, lines);
        if (trimmed.isEmpty()) {
            throw new InvalidInput(RuleWords.say("text.required", field));
        }
        return checked(trimmed, field, maxLength);
    }

    private static String optional(String text, Wording field, int maxLength, boolean lines) {
        String trimmed = text == null ? "" : trimmed(text, field, lines);
        return trimmed.isEmpty() ? null : checked(trimmed, field, maxLength);
    }

    // Characters are checked before trimming: strip() takes some control codes (U+001C to U+001F)
    // for white space and would drop them silently instead of refusing them.
    private static String trimmed(String text, Wording field, boolean lines) {
        if (!isText(text)) {
            throw new InvalidInput(RuleWords.say("text.notText", field));
        }
        String trimmed = text.strip();
        if (!lines && !isOneLine(trimmed)) {
            throw new InvalidInput(RuleWords.say("text.oneLine", field));
        }
        return trimmed;
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

    private static boolean isNotText(int codePoint) {
        return Character.isISOControl(codePoint) && !isLineBreakOrTab(codePoint)
                || Character.getType(codePoint) == Character.SURROGATE
                || isNonCharacter(codePoint);
    }

    private static boolean isLineBreakOrTab(int codePoint) {
        return codePoint == '\n' || codePoint == '\r' || codePoint == '\t';
    }

    /** U+FDD0 to U+FDEF and the last two code points of every plane, U+FFFE and U+FFFF among them. */
    private static boolean isNonCharacter(int codePoint) {
        return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
