package care.alliance.audit;

/** What an export of the audit wrote: how many events, of how many that matched. */
public record AuditExport(long written, long matching) {

    /** The file holds only the newest events of more that matched. */
    public boolean cut() {
        return written < matching;
    }
}
