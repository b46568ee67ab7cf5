package care.alliance.clinicimport;


/** A row as the check left it, with what to do for it when it is to be added. */
public record PlannedRow(RowResult result, RowAction action) {

    boolean isToAdd() {
        return result.outcome() == RowOutcome.TO_ADD;
    }
}
