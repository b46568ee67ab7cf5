package care.alliance.clinicimport;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * One row of a file and what it does or did: to be added, added, unchanged, or refused with its
 * reasons. A staff member or portal account just opened carries the user name and the temporary
 * password to hand over, shown once and kept nowhere else.
 */
public record RowResult(ImportFile file, int row, String subject, RowOutcome outcome, List<RowRefusal> reasons,
        String handedOverUsername, String temporaryPassword) implements Serializable {

    public RowResult {
        reasons = List.copyOf(reasons);
    }

    static RowResult of(ImportFile file, int row, String subject, RowOutcome outcome, List<RowRefusal> reasons) {
        return new RowResult(file, row, subject, outcome, reasons, null, null);
    }

    RowResult added() {
        return new RowResult(file, row, subject, RowOutcome.ADDED, List.of(), null, null);
    }

    RowResult added(String username, String password) {
        return new RowResult(file, row, subject, RowOutcome.ADDED, List.of(), username, password);
    }

    RowResult refused(RowRefusal why) {
        return new RowResult(file, row, subject, RowOutcome.REFUSED, List.of(why), null, null);
    }

    public Optional<String> handedOver() {
        return Optional.ofNullable(temporaryPassword);
    }

    public boolean isRefused() {
        return outcome == RowOutcome.REFUSED;
    }

    @Override
    public String toString() {
        return "RowResult[" + file + " row " + row + ", " + outcome + "]";
    }
}
