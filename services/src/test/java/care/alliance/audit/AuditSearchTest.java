package care.alliance.audit;

import care.alliance.emergency.EmergencyAccess;
import static care.alliance.team.SmallClinic.OMAR;
import static care.alliance.team.SmallClinic.PAT_PRIVACY;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.ROBIN_IT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.AccessPolicy;
import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.Role;
import care.alliance.team.SmallClinic;
import care.alliance.team.SmallClinic.Person;
import care.alliance.testing.Accounts;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The privacy officer's search of the audit, on what the services wrote as clinicians worked and
 * on events written as an emergency access writes them: filters, paging newest first, the flags,
 * the export; and that nobody else reads the audit, each try on record.
 */
class AuditSearchTest {

    private static ClinicDatabase database;
    private static long alex;
    private static long blake;

    @BeforeAll
    static void openTheClinicAndWorkInIt() throws SQLException {
        database = ClinicDatabase.migrated();
        SmallClinic clinic = SmallClinic.openIn(database);
        alex = clinic.clientId(Person.ALEX);
        blake = clinic.clientId(Person.BLAKE);
        try (Connection connection = database.dataSource().getConnection();
                Statement update = connection.createStatement()) {
            update.executeUpdate("update client set record_number = 'MRN-1001' where id = " + alex);
            update.executeUpdate("update client set record_number = 'MRN-1002' where id = " + blake);
        }
        database.call(() -> database.carePlanService(PRIYA).planOf(alex));
        assertThrows(AccessRefused.class, () -> database.call(() -> database.carePlanService(OMAR).planOf(alex)));
        database.call(() -> database.carePlanService(OMAR).planOf(blake));
        String omar = Accounts.idOf("omar.haddad");
        record(AuditEvent.of("omar.haddad", "psychiatrist", EmergencyAccess.AUDIT_ACTION, Outcome.ALLOWED,
                Instant.parse("2026-03-10T08:00:00Z")).actorAccount(omar).client(alex)
                .reason("client in crisis, team unreachable").build());
        record(AuditEvent.of("omar.haddad", "psychiatrist", "VIEW_PLAN", Outcome.ALLOWED,
                Instant.parse("2026-03-10T08:01:00Z")).actorAccount(omar).client(alex).record("CarePlan", 1L)
                .reason("emergency access: client in crisis, team unreachable").build());
        record(AuditEvent.of("=cmd|' /C calc'!A0", "none", "SIGN_IN", Outcome.REFUSED,
                Instant.parse("2026-02-01T08:00:00Z")).reason("@SUM(1+1)").build());
    }

    private static void record(AuditEvent event) {
        database.auditTrail().record(List.of(event));
    }

    @AfterAll
    static void closeTheClinic() {
        database.close();
    }

    private static AuditPage search(AuditQuery query) {
        return database.call(() -> database.auditSearch(PAT_PRIVACY).search(query));
    }

    private static AuditQuery query(String person, String client, String action, Outcome outcome) {
        return new AuditQuery(person, client, action, outcome, null, null, false, false, 0, AuditQuery.DEFAULT_ROWS);
    }

    @Test
    void aSearchByClientFindsWhoDidWhatToTheirRecordNewestFirstWithTheirNamesNotTheContent() {
        AuditPage page = search(query(null, "mrn-1001", null, null));

        List<AuditEntry> entries = page.entries();
        assertTrue(entries.stream().allMatch(entry -> "MRN-1001".equals(entry.recordNumber())
                && "Alexandra Morgan".equals(entry.clientName())), "Alex's record only: " + entries);
        assertEquals(page.matching(), entries.size());
        assertTrue(entries.stream().anyMatch(entry -> entry.actor().equals("priya.patel")
                && "Priya Patel".equals(entry.staffName()) && entry.outcome() == Outcome.ALLOWED));
        for (int i = 1; i < entries.size(); i++) {
            assertFalse(entries.get(i).occurredAt().isAfter(entries.get(i - 1).occurredAt()), "newest first");
        }
    }

    @Test
    void aSearchByOutcomeFindsTheRefusalAndFlagsIt() {
        List<AuditEntry> refused = search(query("omar.haddad", null, null, Outcome.REFUSED)).entries();

        assertEquals(1, refused.size(), "Omar's refused look at Alex's plan: " + refused);
        AuditEntry entry = refused.get(0);
        assertAll(() -> assertTrue(entry.refused()),
                () -> assertFalse(entry.emergency()),
                () -> assertEquals("VIEW_PLAN", entry.action()),
                () -> assertEquals("MRN-1001", entry.recordNumber()),
                () -> assertEquals("not on this client's care team", entry.reason()));
    }

    @Test
    void theEmergencyAccessAndTheReadsUnderItAreFlaggedAndFoundByThemselves() {
        AuditPage page = search(new AuditQuery(null, null, null, null, null, null, true, false, 0, 25));

        assertEquals(List.of("VIEW_PLAN", EmergencyAccess.AUDIT_ACTION),
                page.entries().stream().map(AuditEntry::action).toList());
        assertTrue(page.entries().stream().allMatch(AuditEntry::emergency));
    }

    @Test
    void aSpanOfDaysFindsTheEventsOfThoseDaysOnly() {
        LocalDate tenth = LocalDate.of(2026, 3, 10);
        AuditPage page = search(new AuditQuery(null, null, null, null, tenth, tenth, false, false, 0, 25));

        assertEquals(2, page.matching());
        assertEquals(0, search(new AuditQuery(null, null, null, null, tenth.plusDays(1), tenth.plusDays(2), false,
                false, 0, 25)).matching());
    }

    @Test
    void theAuditIsPagedInTheDatabaseWithTheTotalOfEveryMatch() {
        AuditPage all = search(query(null, null, "VIEW_PLAN", null).rows(0, 100));
        AuditPage second = search(query(null, null, "VIEW_PLAN", null).rows(1, 2));

        assertTrue(all.matching() >= 4, "Priya's, Omar's two and the emergency read: " + all.matching());
        assertEquals(all.matching(), second.matching());
        assertEquals(all.entries().subList(1, 3), second.entries());
        assertEquals(List.of(), search(query(null, null, "VIEW_PLAN", null).rows(1_000, 25)).entries());
    }

    @Test
    void theExportHoldsEveryMatchAsSafeCsvAndIsOnRecordWithItsFilters() throws Exception {
        long mark = database.lastAuditEventId();
        StringWriter out = new StringWriter();
        AuditQuery everything = AuditQuery.EVERYTHING;
        long matching = search(everything).matching() + 1;

        AuditExport export = database.call(() -> database.auditSearch(PAT_PRIVACY).export(everything, out));

        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        assertEquals(AuditCsv.HEADER, records.get(0).toList());
        assertEquals(matching, export.written(), "every event, the search just made too");
        assertFalse(export.cut());
        assertEquals(matching + 1, records.size());
        assertTrue(records.stream().anyMatch(record -> record.get(1).equals("'=cmd|' /C calc'!A0")
                && record.get(10).equals("'@SUM(1+1)")), "formulas written as text");
        List<AuditRow> events = database.auditEventsAfter(mark).stream()
                .filter(event -> event.action().equals(AuditSearch.EXPORT_AUDIT)).toList();
        assertEquals(1, events.size());
        assertEquals("ALLOWED", events.get(0).outcome());
        assertEquals("privacy review; everything; " + matching + " of " + matching + " events", events.get(0).reason());
    }

    @Test
    void anExportReadsInBatchesAndAllOfThemArrive() {
        StringWriter out = new StringWriter();
        List<AuditEvent> many = new ArrayList<>();
        for (int i = 0; i < AuditSearch.BATCH + 5; i++) {
            many.add(AuditEvent.of("batch.writer", "therapist", "BATCH_TEST", Outcome.ALLOWED,
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i / 3)).reason("row " + i).build());
        }
        database.auditTrail().record(many);

        AuditExport export = database.call(() -> database.auditSearch(PAT_PRIVACY)
                .export(query("batch.writer", null, null, null), out));

        assertEquals(AuditSearch.BATCH + 5, export.written(), "across the batch boundary, no event lost or twice");
        assertEquals(AuditSearch.BATCH + 5, out.toString().lines().filter(line -> line.contains("BATCH_TEST"))
                .map(line -> line.substring(line.indexOf("row "))).distinct().count(),
                "three events a second, a second across the batches' boundary: each event once");
    }

    @Test
    void anExportOfMoreThanItMayHoldHoldsTheNewestAndSaysItWasCut() throws Exception {
        StringWriter out = new StringWriter();
        AuditSearch search = database.auditSearch(PAT_PRIVACY);
        search.mostExported = 2;

        AuditExport export = database.call(() -> search.export(query(null, null, "VIEW_PLAN", null), out));

        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        assertTrue(export.cut());
        assertEquals(2, export.written());
        assertEquals(4, records.size(), "header, two events, the line that says so");
        assertTrue(records.get(3).get(0).startsWith("Cut: this file holds the newest 2 of " + export.matching()));
    }

    @Test
    void theSearchIsOnRecordWithItsFiltersAndNoClinicalContent() {
        long mark = database.lastAuditEventId();
        search(query("sam.rivera", "MRN-1002", null, Outcome.REFUSED));

        List<AuditRow> events = database.auditEventsAfter(mark);
        assertEquals(1, events.size());
        assertAll(() -> assertEquals("pat.quinn", events.get(0).actor()),
                () -> assertEquals("privacy-officer", events.get(0).actorRole()),
                () -> assertEquals(AuditSearch.SEARCH_AUDIT, events.get(0).action()),
                () -> assertEquals("privacy review; person=sam.rivera; client=MRN-1002; outcome=REFUSED; rows 1 to 25",
                        events.get(0).reason()));
    }

    static Stream<Caller> everyoneElse() {
        List<Caller> callers = new ArrayList<>(Arrays.stream(Role.values()).filter(role -> role != Role.PRIVACY_OFFICER)
                .map(role -> Accounts.signedIn("someone." + role.realmName(), role)).toList());
        callers.add(ROBIN_IT);
        callers.add(SmallClinic.NOBODY);
        callers.add(Accounts.signedIn("pat.quinn", Role.CLINIC_ADMIN));
        return callers.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyoneElse")
    void nobodyButThePrivacyOfficerSearchesOrExportsTheAuditAndEveryTryIsOnRecord(Caller caller) {
        long mark = database.lastAuditEventId();
        StringWriter out = new StringWriter();

        assertThrows(AccessRefused.class, () -> database.call(() -> database.auditSearch(caller)
                .search(query(null, "MRN-1001", null, null))));
        assertThrows(AccessRefused.class, () -> database.call(() -> database.auditSearch(caller)
                .export(AuditQuery.EVERYTHING, out)));

        assertEquals("", out.toString(), "not a byte written");
        List<AuditRow> events = database.auditEventsAfter(mark);
        assertEquals(List.of(AuditSearch.SEARCH_AUDIT, AuditSearch.EXPORT_AUDIT),
                events.stream().map(AuditRow::action).toList());
        assertAll(events.stream().map(event -> () -> {
            assertEquals(caller.username(), event.actor());
            assertEquals("REFUSED", event.outcome());
            assertTrue(event.reason().startsWith("only privacy-officer reads the audit"), event.reason());
        }));
        assertEquals("only privacy-officer reads the audit; client=MRN-1001", events.get(0).reason());
    }

    @Test
    void everyRoleIsTriedAndOnlyThePrivacyOfficerIsAllowed() {
        List<Role> allowed = Arrays.stream(Role.values())
                .filter(role -> AccessPolicy.mayReadAudit(Caller.of("id", "x", role)).allowed())
                .toList();
        assertEquals(List.of(Role.PRIVACY_OFFICER), allowed, "0 wrong allows");
        assertEquals(EnumSet.complementOf(EnumSet.of(Role.PRIVACY_OFFICER)), everyoneElse()
                .flatMap(caller -> caller.roles().stream()).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))),
                "the refusals above try every other role");
        assertFalse(AccessPolicy.mayReadAudit(Caller.ANONYMOUS).allowed());
    }
}
