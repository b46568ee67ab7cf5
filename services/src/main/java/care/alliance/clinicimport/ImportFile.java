package care.alliance.clinicimport;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The three files a clinic moves in with, and the columns of each: the header row names them, in
 * any order; optional columns may be left out of the header altogether.
 */
public enum ImportFile {
    STAFF("staffFile", List.of("given_name", "family_name", "discipline", "username", "email"),
            List.of("credentials"), Map.of("givenName", "given_name", "familyName", "family_name",
                    "discipline", "discipline", "username", "username", "email", "email", "credentials", "credentials")),
    CLIENTS("clientsFile", List.of("record_number", "given_name", "family_name", "date_of_birth", "language"),
            List.of("preferred_name", "pronouns", "portal_username", "portal_email"), Map.of("givenName", "given_name",
                    "familyName", "family_name", "recordNumber", "record_number", "dateOfBirth", "date_of_birth",
                    "language", "language", "preferredName", "preferred_name", "pronouns", "pronouns",
                    "username", "portal_username", "email", "portal_email")),
    CARE_TEAMS("careTeamsFile", List.of("record_number", "staff_username", "discipline", "start_date"),
            List.of("lead"), Map.of("recordNumber", "record_number", "firstDayOnTeam", "start_date", "teamRole", "lead",
                    "staffMember", "staff_username"));

    private final String field;
    private final List<String> required;
    private final List<String> optional;
    private final Map<String, String> columnOfField;

    ImportFile(String field, List<String> required, List<String> optional, Map<String, String> columnOfField) {
        this.field = field;
        this.required = required;
        this.optional = optional;
        this.columnOfField = columnOfField;
    }

    /** The column of this file that holds what a form's field (recordNumber…) holds, if any. */
    Optional<String> columnOf(String formField) {
        return Optional.ofNullable(columnOfField.get(formField));
    }

    /** The name of the page's field where this file is chosen, for refusals to be shown beside it. */
    public String field() {
        return field;
    }

    public List<String> requiredColumns() {
        return required;
    }

    public boolean knows(String column) {
        return required.contains(column) || optional.contains(column);
    }

    /** Every column, required ones first, as the README and the refusals list them. */
    public List<String> columns() {
        return Stream.concat(required.stream(), optional.stream()).toList();
    }
}
