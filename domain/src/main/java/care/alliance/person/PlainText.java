package care.alliance.person;

import java.util.regex.Pattern;

/**
 * Rules for text people type into Alliance: trimmed, within a length, and free of markup, so that
 * what one person writes is shown to another exactly as words, never as a page element.
 */
public final class PlainText {

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]|&#?[a-zA-Z0-9]+;");

    private PlainText() {
    }

    /** The text, trimmed; refused when empty, too long or carrying markup. */
    public static String required(String text, String what, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(capitalised(what) + " is required.");
        }
        return checked(text.strip(), what, maxLength);
    }

    /** The text, trimmed, or null when there is none; refused when too long or carrying markup. */
    public static String optional(String text, String what, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return checked(text.strip(), what, maxLength);
    }

    private static String checked(String text, String what, int maxLength) {
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(capitalised(what) + " may have at most " + maxLength
                    + " characters; this has " + text.length() + ".");
        }
        if (MARKUP.matcher(text).find()) {
            throw new IllegalArgumentException(capitalised(what) + " may not contain markup such as <tags>.");
        }
        return text;
    }

    private static String capitalised(String what) {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
