package care.alliance.clinicimport;

import java.io.Serializable;
import java.util.Map;

/**
 * One row of a file as read, before any rule looked at it: its number as a spreadsheet shows it
 * (the header is row 1) and its values by column, trimmed, absent columns blank.
 */
record SheetRow(int number, Map<String, String> values) implements Serializable {

    String value(String column) {
        return values.getOrDefault(column, "");
    }

    /** The value, or null when the cell is blank: what a form sends for a field left empty. */
    String optional(String column) {
        String value = value(column);
        return value.isBlank() ? null : value;
    }
}
