package care.alliance.audit;

import care.alliance.emergency.EmergencyAccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditCsvTest {

    private static final Instant AT = Instant.parse("2026-03-16T10:00:00Z");

    private static AuditEntry entry(String actor, String reason, Outcome outcome) {
        return new AuditEntry(7, AT, actor, "Priya Patel", "psychiatrist", "VIEW_PLAN", "CarePlan", 3L, "MRN-1001",
                "Alex Morgan", outcome, reason, "10.0.0.7");
    }

    private static String csv(AuditEntry... entries) {
        StringWriter out = new StringWriter();
        AuditCsv csv = new AuditCsv(out, ZoneId.of("Europe/Madrid"));
        List.of(entries).forEach(csv::write);
        csv.flush();
        return out.toString();
    }

    private static List<CSVRecord> read(String text) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    @Test
    void aHeaderRowThenOneRecordPerEventWithTheTimeInTheClinicsZone() throws Exception {
        List<CSVRecord> records = read(csv(entry("priya.patel", "member of the client's care team", Outcome.ALLOWED)));

        assertEquals(AuditCsv.HEADER, records.get(0).toList());
        assertEquals(List.of("2026-03-16T11:00:00+01:00", "priya.patel", "Priya Patel", "psychiatrist", "VIEW_PLAN",
                "CarePlan", "3", "MRN-1001", "Alex Morgan", "ALLOWED", "member of the client's care team", "10.0.0.7",
                "no", "no"), records.get(1).toList());
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180SaysAndRecordsEndInCrLf() throws Exception {
        String reason = "not on the team, said \"urgent\"\nsecond line";
        String text = csv(entry("omar.haddad", reason, Outcome.REFUSED));

        assertTrue(text.contains("\"not on the team, said \"\"urgent\"\"\nsecond line\""), text);
        assertTrue(text.endsWith("yes,no\r\n"), "refused, not an emergency; CRLF: " + text);
        assertEquals(reason, read(text).get(1).get(AuditCsv.HEADER.indexOf("reason")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void aCellASpreadsheetWouldRunAsAFormulaIsWrittenAsText(String typed) throws Exception {
        List<CSVRecord> records = read(csv(entry(typed, typed, Outcome.ALLOWED)));

        assertEquals("'" + typed, records.get(1).get(1), "the actor");
        assertEquals("'" + typed, records.get(1).get(10), "the reason");
    }

    @Test
    void ordinaryTextAndEmptyCellsAreLeftAsTheyAre() {
        assertEquals("sam.rivera", AuditCsv.cell("sam.rivera"));
        assertEquals("", AuditCsv.cell(""));
        assertEquals(null, AuditCsv.cell(null));
        assertEquals("a=b", AuditCsv.cell("a=b"));
    }

    @Test
    void anEmergencyAccessIsFlaggedAndAMissingClientLeavesItsCellsEmpty() throws Exception {
        AuditEntry glass = new AuditEntry(8, AT, "sam.rivera", null, "therapist", EmergencyAccess.AUDIT_ACTION, null, null,
                null, null, Outcome.ALLOWED, "client in crisis", null);
        CSVRecord record = read(csv(glass)).get(1);

        assertEquals(List.of("", "", "", ""), List.of(record.get(2), record.get(5), record.get(7), record.get(8)));
        assertEquals(List.of("no", "yes"), List.of(record.get(12), record.get(13)));
    }

    @Test
    void aCutFileSaysSoOnItsLastLine() throws Exception {
        StringWriter out = new StringWriter();
        AuditCsv csv = new AuditCsv(out, ZoneId.of("UTC"));
        csv.write(entry("priya.patel", "x", Outcome.ALLOWED));
        csv.cut(1, 5);
        csv.flush();

        List<CSVRecord> records = read(out.toString());
        assertEquals(3, records.size());
        assertTrue(records.get(2).get(0).startsWith("Cut: this file holds the newest 1 of 5 matching events"));
    }
}
