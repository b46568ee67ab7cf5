package care.alliance.clinicimport;

import care.alliance.rules.Wording;
import java.io.Serializable;
import java.util.Locale;

/** Why a row is refused, and the column it is about (blank when it is about the whole row). */
public record RowRefusal(String column, Wording why) implements Serializable {

    /** "email: The email address …" in the reader's language. */
    public String in(Locale locale) {
        return column.isEmpty() ? why.in(locale) : ImportWords.say("row.inColumn", column).in(locale) + " " + why.in(locale);
    }
}
