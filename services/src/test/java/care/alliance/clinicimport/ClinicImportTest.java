package care.alliance.clinicimport;

import static care.alliance.team.SmallClinic.ROBIN_IT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import care.alliance.access.NotFound;
import care.alliance.access.Role;
import care.alliance.account.EmailAddress;
import care.alliance.account.FakeKeycloak;
import care.alliance.account.NewAccount;
import care.alliance.account.TemporaryPassword;
import care.alliance.account.Username;
import care.alliance.client.Language;
import care.alliance.client.NewClient;
import care.alliance.team.TeamRole;
import java.time.LocalDate;
import care.alliance.person.PersonName;
import care.alliance.rules.InvalidInput;
import care.alliance.team.SmallClinic;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clinic IT moves a clinic in from the example files of {@code docs/import-example}: the preview
 * says what every row would do and why a row is refused, and saves nothing; the import makes what
 * can be made, each record through its own service; importing again changes nothing.
 */
class ClinicImportTest {

    private static final Path EXAMPLE = Path.of("../docs/import-example");
    private static final String STAFF_HEADER = "given_name,family_name,discipline,credentials,username,email\n";
    private static final String CLIENTS_HEADER =
            "record_number,given_name,family_name,preferred_name,pronouns,date_of_birth,language,portal_username,portal_email\n";
    private static final String TEAMS_HEADER = "record_number,staff_username,discipline,start_date,lead\n";

    private ClinicDatabase database;
    private FakeKeycloak keycloak;
    private ClinicImport clinicImport;

    @BeforeEach
    void openTheClinic() {
        database = ClinicDatabase.migrated();
        SmallClinic.openIn(database);
        keycloak = new FakeKeycloak();
        clinicImport = ClinicImportWiring.wire(database, ROBIN_IT, keycloak, new ImportRuns());
        database.call(() -> database.clientRegistration(ROBIN_IT).register(new NewClient("Quinn", "Park", null, null,
                LocalDate.of(1980, 5, 5), Language.ENGLISH, "MRN-1005")));
        long river = database.call(() -> database.clientRegistration(ROBIN_IT).register(new NewClient("River", "Stone",
                null, null, LocalDate.of(1982, 7, 7), Language.ENGLISH, "MRN-1006"))).clientId();
        database.call(() -> database.careTeamFormation(ROBIN_IT).appoint(river, staffId("maria.gomez"), TeamRole.LEAD,
                LocalDate.of(2026, 1, 5)));
        database.call(() -> database.careTeamFormation(ROBIN_IT).appoint(river, staffId("sam.rivera"), TeamRole.MEMBER,
                LocalDate.of(2026, 1, 5)));
    }

    private long staffId(String username) {
        return database.count("select id from staff_member where username = '" + username + "'");
    }

    @AfterEach
    void closeTheClinic() {
        database.close();
    }

    @Test
    void thePreviewListsEveryRowAndWhyTheRefusedOnesAreRefusedAndSavesNothing() {
        String before = records();
        long mark = database.lastAuditEventId();

        ImportPreview preview = database.call(() -> clinicImport.preview(example()));

        assertEquals(12, preview.rows().size());
        assertEquals(List.of(9L, 0L, 3L), List.of(preview.getToAdd(), preview.getUnchanged(), preview.getRefused()));
        assertEquals(List.of(
                "STAFF row 5: Column discipline: This is not a discipline Alliance knows: write one of PSYCHIATRY, PRIMARY_CARE, PSYCHOTHERAPY, CARE_MANAGEMENT.",
                "CLIENTS row 4: Column date_of_birth: The date of birth must be between 1 January 1900 and today; check the year.",
                "CARE_TEAMS row 6: Column staff_username: No staff member has the user name wen.li, in Alliance or in the staff file."),
                preview.refusedRows().stream().map(row -> said(row, Locale.ENGLISH)).toList());
        assertTrue(said(preview.refusedRows().get(0), Locale.forLanguageTag("es")).contains("no es una disciplina"));
        assertEquals(before, records(), "nothing saved");
        assertTrue(keycloak.accounts.isEmpty());
        List<AuditRow> audited = database.auditEventsAfter(mark);
        assertEquals(1, audited.size());
        assertEquals(List.of("PREVIEW_CLINIC_IMPORT", "ALLOWED"), List.of(audited.get(0).action(), audited.get(0).outcome()));
    }

    @Test
    void importingMakesEveryRowThatCanBeMadeAndImportingAgainChangesNothing() {
        String before = records();
        long mark = database.lastAuditEventId();

        ImportProgress first = imported(example());

        assertTrue(first.finished());
        assertEquals(List.of(9, 9, 100), List.of(first.done(), first.total(), first.getPercent()));
        ImportPreview summary = first.summary();
        assertEquals(List.of(9L, 0L, 3L), List.of(summary.count(RowOutcome.ADDED), summary.getUnchanged(), summary.getRefused()));
        assertEquals(4, keycloak.accounts.size(), "three staff accounts and one portal account");
        List<String> handedOver = summary.rows().stream().filter(row -> row.handedOver().isPresent())
                .map(RowResult::handedOverUsername).toList();
        assertEquals(List.of("imani.okafor", "rafael.ortiz", "hana.sato", "teo.vasquez"), handedOver);
        summary.rows().stream().filter(row -> row.handedOver().isPresent()).forEach(row -> assertEquals(
                keycloak.accounts.values().stream().filter(account -> account.username.equals(row.handedOverUsername()))
                        .findFirst().orElseThrow().password, row.temporaryPassword()));
        assertEquals("Imani Okafor, MD, PhD", database.text("select given_name || ' ' || family_name || ', ' || credentials"
                + " from staff_member where username = 'imani.okafor'"));
        assertEquals(2, database.count("select count(*) from care_team_member m join care_team t on t.id = m.care_team_id"
                + " join client c on c.id = t.client_id where c.record_number = 'IMP-1001' and m.team_role = 'MEMBER'"));
        assertEquals("hana.sato", database.text("select s.username from care_team_member m join care_team t on t.id = m.care_team_id"
                + " join client c on c.id = t.client_id join staff_member s on s.id = m.staff_member_id"
                + " where c.record_number = 'IMP-1002' and m.team_role = 'LEAD'"));
        List<AuditRow> audited = database.auditEventsAfter(mark);
        assertEquals(List.of(3L, 2L, 1L, 4L), List.of(
                audited.stream().filter(row -> row.action().equals("ADD_STAFF_MEMBER")).count(),
                audited.stream().filter(row -> row.action().equals("REGISTER_CLIENT")).count(),
                audited.stream().filter(row -> row.action().equals("OPEN_PORTAL_ACCOUNT")).count(),
                audited.stream().filter(row -> row.action().equals("APPOINT_TO_CARE_TEAM")).count()),
                "one audit event per record made, as the forms write");
        assertEquals(3, audited.stream().filter(row -> row.action().equals("IMPORT_CLINIC")).count() - 0
                + audited.stream().filter(row -> row.action().equals("VIEW_CLINIC_IMPORT")).count(),
                "the import's start, its end and the summary shown");

        String afterFirst = records();
        long accountsAfterFirst = keycloak.accounts.size();
        long markAgain = database.lastAuditEventId();

        ImportProgress again = imported(example());

        assertEquals(List.of(0L, 9L, 3L), List.of(again.summary().count(RowOutcome.ADDED), again.summary().getUnchanged(),
                again.summary().getRefused()));
        assertEquals(0, again.total());
        assertEquals(afterFirst, records(), "nothing changed the second time");
        assertTrue(!afterFirst.equals(before));
        assertEquals(accountsAfterFirst, keycloak.accounts.size(), "no account opened the second time");
        assertEquals(List.of("IMPORT_CLINIC", "IMPORT_CLINIC", "VIEW_CLINIC_IMPORT"),
                database.auditEventsAfter(markAgain).stream().map(AuditRow::action).toList(),
                "only the import itself is audited: no record was made");
    }

    @Test
    void aRowThatFailsInTheMiddleLeavesTheRowsBeforeAndAfterItDone() {
        keycloak.open(new NewAccount(new Username("bo.second"), new PersonName("Someone", "Else"),
                new EmailAddress("else@clinic.example")), Role.THERAPIST, TemporaryPassword.generate(), false);
        ImportFiles files = new ImportFiles(bytes(STAFF_HEADER
                + "Ada,First,PSYCHIATRY,MD,ada.first,ada@clinic.example\n"
                + "Bo,Second,PSYCHOTHERAPY,LCSW,bo.second,bo@clinic.example\n"
                + "Cy,Third,PRIMARY_CARE,NP,cy.third,cy@clinic.example\n"), null, null);

        ImportPreview summary = imported(files).summary();

        assertEquals(List.of(RowOutcome.ADDED, RowOutcome.REFUSED, RowOutcome.ADDED),
                summary.rows().stream().map(RowResult::outcome).toList());
        assertEquals("Column username: Another account already has this user name; choose another.",
                summary.rows().get(1).reasons().get(0).in(Locale.ENGLISH));
        assertEquals(List.of("ada.first", "cy.third"), database.query(
                "select username from staff_member where username in ('ada.first', 'bo.second', 'cy.third') order by username",
                result -> {
                    List<String> names = new java.util.ArrayList<>();
                    while (result.next()) {
                        names.add(result.getString(1));
                    }
                    return names;
                }));
        assertEquals(3, keycloak.accounts.size(), "Bo's row left no account of its own behind");
    }

    static Stream<Arguments> refusedRows() {
        return Stream.of(
                arguments("markup in a name", STAFF_HEADER + "<b>Ada</b>,First,PSYCHIATRY,MD,ada.first,ada@clinic.example\n",
                        "Column given_name: A given name may not contain markup"),
                arguments("both names empty", STAFF_HEADER + ",,PSYCHIATRY,MD,ada.first,ada@clinic.example\n",
                        "Column given_name: A given name is required.; Column family_name: A family name is required."),
                arguments("unknown discipline", STAFF_HEADER + "Ada,First,SURGERY,MD,ada.first,ada@clinic.example\n",
                        "Column discipline: This is not a discipline Alliance knows"),
                arguments("no discipline", STAFF_HEADER + "Ada,First,,MD,ada.first,ada@clinic.example\n",
                        "Column discipline: Choose the staff member's discipline."),
                arguments("bad user name", STAFF_HEADER + "Ada,First,PSYCHIATRY,MD,Ada First,ada@clinic.example\n",
                        "Column username:"),
                arguments("bad email", STAFF_HEADER + "Ada,First,PSYCHIATRY,MD,ada.first,ada-at-clinic\n", "Column email:"),
                arguments("credentials with markup", STAFF_HEADER + "Ada,First,PSYCHIATRY,<i>MD</i>,ada.first,ada@clinic.example\n",
                        "Column credentials: The credentials may not contain markup"),
                arguments("staff already there with other details", STAFF_HEADER
                        + "Sam,Rivera,PSYCHIATRY,LCSW,sam.rivera,sam@clinic.example\n",
                        "Sam Rivera, LCSW is already registered with other details: discipline (PSYCHOTHERAPY ≠ PSYCHIATRY)"),
                arguments("staff row twice", STAFF_HEADER + "Ada,First,PSYCHIATRY,MD,ada.first,ada@clinic.example\n"
                        + "Ada,First,PSYCHIATRY,MD,ada.first,ada@clinic.example\n", "Column username: This row repeats row 2"),
                arguments("date of birth in the future", CLIENTS_HEADER + "IMP-9,Ana,Lopez,,,2099-01-01,en,,\n",
                        "Column date_of_birth: The date of birth must be between 1 January 1900 and today"),
                arguments("not a date", CLIENTS_HEADER + "IMP-9,Ana,Lopez,,,12/01/1980,en,,\n",
                        "Column date_of_birth: The date of birth is not a date Alliance can read"),
                arguments("unknown language", CLIENTS_HEADER + "IMP-9,Ana,Lopez,,,1980-01-12,fr,,\n",
                        "Column language: This is not a language Alliance speaks"),
                arguments("bad record number", CLIENTS_HEADER + "IMP 9!,Ana,Lopez,,,1980-01-12,en,,\n", "Column record_number:"),
                arguments("client already there with other details", CLIENTS_HEADER + "MRN-1005,Quinn,Park,,,1970-01-01,en,,\n",
                        "is already registered with this record number and other details: date_of_birth"),
                arguments("same name and birth as a client already there", CLIENTS_HEADER
                        + "IMP-9,Alexandra,Morgan,,,1990-04-02,en,,\n", "is already registered with the same name and date of birth"),
                arguments("portal email without a user name", CLIENTS_HEADER + "IMP-9,Ana,Lopez,,,1980-01-12,en,,ana@mail.example\n",
                        "Column portal_email: A portal email is given without a portal user name."),
                arguments("portal user name of a staff member", CLIENTS_HEADER + "IMP-9,Ana,Lopez,,,1980-01-12,en,sam.rivera,\n",
                        "Column portal_username: Another account already has this user name"),
                arguments("client row twice", CLIENTS_HEADER + "IMP-9,Ana,Lopez,,,1980-01-12,en,,\nimp-9,Ana,Lopez,,,1980-01-12,en,,\n",
                        "Column record_number: This row repeats row 2"),
                arguments("no such client", TEAMS_HEADER + "NOPE-1,sam.rivera,PSYCHOTHERAPY,2026-01-05,no\n",
                        "Column record_number: No client has the record number NOPE-1"),
                arguments("no such staff member", TEAMS_HEADER + "MRN-1005,nobody.here,PSYCHOTHERAPY,2026-01-05,no\n",
                        "Column staff_username: No staff member has the user name nobody.here"),
                arguments("other discipline", TEAMS_HEADER + "MRN-1005,sam.rivera,PSYCHIATRY,2026-01-05,no\n",
                        "Column discipline: Sam Rivera, LCSW works in therapy"),
                arguments("not yes or no", TEAMS_HEADER + "MRN-1005,sam.rivera,PSYCHOTHERAPY,2026-01-05,maybe\n",
                        "Column lead: Write yes for the team's lead"),
                arguments("no start date", TEAMS_HEADER + "MRN-1005,sam.rivera,PSYCHOTHERAPY,,no\n",
                        "Column start_date: The first day on the team is missing"),
                arguments("overlapping an existing membership", TEAMS_HEADER + "MRN-1006,sam.rivera,PSYCHOTHERAPY,2026-03-20,no\n",
                        "Column start_date:"),
                arguments("a second lead", TEAMS_HEADER + "MRN-1006,jon.berg,CARE_MANAGEMENT,2026-03-20,yes\n", "Column lead:"),
                arguments("membership already there as another role", TEAMS_HEADER
                        + "MRN-1006,sam.rivera,PSYCHOTHERAPY,2026-01-05,yes\n", "Column lead: Sam Rivera, LCSW is already on this team from 2026-01-05, as member"),
                arguments("two leads in the file", TEAMS_HEADER + "MRN-1005,maria.gomez,CARE_MANAGEMENT,2026-01-05,yes\n"
                        + "MRN-1005,jon.berg,CARE_MANAGEMENT,2026-01-05,yes\n", "Column lead: Row 2 already names this team's lead"),
                arguments("one person twice on a team in the file", TEAMS_HEADER + "MRN-1005,sam.rivera,PSYCHOTHERAPY,2026-01-05,no\n"
                        + "MRN-1005,sam.rivera,PSYCHOTHERAPY,2026-02-05,no\n", "Column start_date: Sam Rivera, LCSW is already appointed to this team on row 2"),
                arguments("membership row twice", TEAMS_HEADER + "MRN-1005,sam.rivera,PSYCHOTHERAPY,2026-01-05,no\n"
                        + "MRN-1005,sam.rivera,PSYCHOTHERAPY,2026-01-05,no\n", "This row repeats row 2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedRows")
    void aRowTheFormsWouldRefuseIsRefusedNamingItsColumn(String what, String content, String said) {
        ImportFiles files = content.startsWith("given_name") ? new ImportFiles(bytes(content), null, null)
                : content.startsWith("record_number,given") ? new ImportFiles(null, bytes(content), null)
                : new ImportFiles(null, null, bytes(content));
        String before = records();

        ImportPreview preview = database.call(() -> clinicImport.preview(files));

        RowResult refused = preview.rows().get(preview.rows().size() - 1);
        assertEquals(RowOutcome.REFUSED, refused.outcome(), preview.rows().toString());
        String reasons = refused.reasons().stream().map(reason -> reason.in(Locale.ENGLISH)).collect(Collectors.joining("; "));
        assertTrue(reasons.contains(said), reasons);
        assertEquals(before, records());
    }

    @Test
    void aFileThatIsNotCsvIsRefusedAndTheRefusalAudited() {
        long mark = database.lastAuditEventId();

        InvalidInput refused = assertThrows(InvalidInput.class, () -> database.call(() -> clinicImport.start(
                new ImportFiles(null, new byte[] {0, 1, 2, 3}, null))));

        assertEquals("clientsFile", refused.field().orElseThrow());
        assertEquals("REFUSED", database.auditEventsAfter(mark).get(0).outcome());
        assertTrue(keycloak.accounts.isEmpty());
    }

    @Test
    void noFileChosenIsRefused() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> database.call(() -> clinicImport.preview(
                new ImportFiles(null, null, null))));

        assertEquals("Choose at least one file to import.", refused.message(Locale.ENGLISH));
    }

    @Test
    void anImportIsSeenOnlyByWhoStartedItAndItsSummaryOnlyOnce() {
        ImportRuns runs = new ImportRuns();
        ClinicImport mine = ClinicImportWiring.wire(database, ROBIN_IT, keycloak, runs);
        ClinicImport someoneElses = ClinicImportWiring.wire(database,
                care.alliance.testing.Accounts.signedIn("kim.it", Role.CLINIC_ADMIN), keycloak, runs);
        UUID run = database.call(() -> mine.start(new ImportFiles(null, null, bytes(TEAMS_HEADER
                + "MRN-1005,sam.rivera,PSYCHOTHERAPY,2026-01-05,no\n"))));

        assertThrows(NotFound.class, () -> database.call(() -> someoneElses.progress(run)));
        assertNotNull(database.call(() -> mine.progress(run)).summary());
        assertThrows(NotFound.class, () -> database.call(() -> mine.progress(run)), "the summary is shown once");
    }

    private ImportProgress imported(ImportFiles files) {
        UUID run = database.call(() -> clinicImport.start(files));
        return database.call(() -> clinicImport.progress(run));
    }

    private String records() {
        return database.query("select (select count(*) from staff_member), (select count(*) from client),"
                + " (select count(*) from care_team), (select count(*) from care_team_member), (select count(*) from care_plan),"
                + " (select count(*) from client where account_id is not null)", result -> {
                    result.next();
                    return result.getLong(1) + "/" + result.getLong(2) + "/" + result.getLong(3) + "/" + result.getLong(4)
                            + "/" + result.getLong(5) + "/" + result.getLong(6);
                });
    }

    private static String said(RowResult row, Locale locale) {
        return row.file() + " row " + row.row() + ": "
                + row.reasons().stream().map(reason -> reason.in(locale)).collect(Collectors.joining("; "));
    }

    static ImportFiles example() {
        return new ImportFiles(read("staff.csv"), read("clients.csv"), read("care-teams.csv"));
    }

    private static byte[] read(String file) {
        try {
            return Files.readAllBytes(EXAMPLE.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
