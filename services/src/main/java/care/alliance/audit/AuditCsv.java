package care.alliance.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit as a CSV file a privacy officer can open in a spreadsheet: RFC 4180 (fields quoted
 * where they need it, CRLF between records), a header row, times in the clinic's zone with their
 * offset. A spreadsheet runs a cell that starts with {@code = + - @}, a tab or a carriage return
 * as a formula; an audit's text comes from users (a reason, a user name typed at sign-in), so such
 * a cell is written with a leading apostrophe and shows as the text it is.
 */
public final class AuditCsv {

    static final List<String> HEADER = List.of("occurred_at", "actor", "staff_name", "acting_role", "action",
            "record_type", "record_id", "record_number", "client_name", "outcome", "reason", "source_address",
            "refused", "emergency");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .get();

    private final CSVPrinter printer;
    private final DateTimeFormatter times;

    /** Starts the file on the writer with its header row. */
    public AuditCsv(Writer out, ZoneId zone) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.times = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
    }

    public void write(AuditEntry entry) {
        print(times.format(entry.occurredAt()), entry.actor(), entry.staffName(), entry.actingRole(),
                entry.action(), entry.recordType(), entry.recordId() == null ? null : entry.recordId().toString(),
                entry.recordNumber(), entry.clientName(), entry.outcome().name(), entry.reason(),
                entry.sourceAddress(), yesOrNo(entry.refused()), yesOrNo(entry.emergency()));
    }

    /** A last line that says the file holds only the newest rows of more that matched. */
    public void cut(long written, long matching) {
        print("Cut: this file holds the newest " + written + " of " + matching
                + " matching events. Narrow the search to export the rest.");
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as a spreadsheet shows it, never as a formula it runs. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }

    private void print(String... values) {
        try {
            printer.printRecord((Object[]) Arrays.stream(values).map(AuditCsv::cell).toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String yesOrNo(boolean flag) {
        return flag ? "yes" : "no";
    }
}
