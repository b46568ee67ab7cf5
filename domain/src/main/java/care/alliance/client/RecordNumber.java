package care.alliance.client;

import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number under which the clinic files a client's record (its medical record number). It is
 * the clinic's own, so Alliance takes whatever scheme the clinic uses, within what a record number
 * is made of: letters, digits, dots, slashes and hyphens. Letters are kept in capitals, so that
 * "mrn-7" and "MRN-7" are one number; no two clients of the clinic share one.
 */
@Embeddable
public class RecordNumber {

    public static final int MAX_LENGTH = 30;

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9./-]{0," + (MAX_LENGTH - 1) + "}");

    @Column(name = "record_number", unique = true, length = MAX_LENGTH)
    private String value;

    protected RecordNumber() {
    }

    private RecordNumber(String value) {
        this.value = value;
    }

    /** The record number as typed, trimmed and in capitals; refused when empty or not made like one. */
    public static RecordNumber of(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInput(RuleWords.say("recordNumber.required"), "recordNumber");
        }
        String value = typed.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidInput(RuleWords.say("recordNumber.malformed", MAX_LENGTH), "recordNumber");
        }
        return new RecordNumber(value);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordNumber number && Objects.equals(value, number.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
