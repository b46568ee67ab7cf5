package care.alliance.clinicimport;

/** What a row does: in the preview, it is to be added, already there or refused; after the import, added. */
public enum RowOutcome {
    TO_ADD,
    ADDED,
    UNCHANGED,
    REFUSED
}
