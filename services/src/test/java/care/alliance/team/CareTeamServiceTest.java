package care.alliance.team;

import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.BLAKE_PORTAL;
import static care.alliance.team.SmallClinic.CASEY_UNLINKED;
import static care.alliance.team.SmallClinic.ELI_PORTAL;
import static care.alliance.team.SmallClinic.INES;
import static care.alliance.team.SmallClinic.JON;
import static care.alliance.team.SmallClinic.KWAME;
import static care.alliance.team.SmallClinic.LENA;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.NOBODY;
import static care.alliance.team.SmallClinic.PAT_PRIVACY;
import static care.alliance.team.SmallClinic.NOOR;
import static care.alliance.team.SmallClinic.OMAR;
import static care.alliance.team.SmallClinic.Person.ALEX;
import static care.alliance.team.SmallClinic.Person.BLAKE;
import static care.alliance.team.SmallClinic.Person.CASEY;
import static care.alliance.team.SmallClinic.Person.DANA;
import static care.alliance.team.SmallClinic.Person.ELI;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.ROBIN_IT;
import static care.alliance.team.SmallClinic.SAM;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.NotFound;
import care.alliance.access.Role;
import care.alliance.team.SmallClinic.Person;
import care.alliance.testing.Accounts;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who sees which care team, in the small clinic of {@link SmallClinic}, and what each look leaves
 * in the audit table. Each table lists, for one operation, every role in every relation to the
 * client that matters: on the team, not on it, formerly or not yet on it, the client's own team,
 * another client's team. {@link #theTablesCoverEveryOperationForEveryRole} keeps them complete.
 */
class CareTeamServiceTest {

    /** How each team looks today: lead first, then members by discipline. Noor left Alex's team yesterday. */
    private static final Map<Person, List<String>> MEMBERS_TODAY = new EnumMap<>(Map.of(
            ALEX, List.of("Maria Gomez, RN", "Priya Patel, MD", "Lena Fischer, NP", "Sam Rivera, LCSW"),
            BLAKE, List.of("Maria Gomez, RN", "Omar Haddad, MD", "Kwame Mensah, MD", "Noor Ali, PsyD"),
            CASEY, List.of("Jon Berg", "Priya Patel, MD", "Sam Rivera, LCSW"),
            DANA, List.of("Jon Berg", "Kwame Mensah, MD")));

    private static ClinicDatabase database;
    private static SmallClinic clinic;

    @BeforeAll
    static void openTheClinic() {
        database = ClinicDatabase.migrated();
        clinic = SmallClinic.openIn(database);
    }

    @AfterAll
    static void closeTheClinic() {
        database.close();
    }

    // ---------------------------------------------------------------------------------- myCaseload

    static Stream<Arguments> caseloads() {
        return Stream.of(
                arguments(on(PRIYA, "psychiatrist on Alex's and Casey's teams"), List.of(CASEY, ALEX)),
                arguments(on(OMAR, "psychiatrist on Blake's team"), List.of(BLAKE)),
                arguments(on(LENA, "primary care on Alex's team, on Dana's only from tomorrow"), List.of(ALEX)),
                arguments(on(KWAME, "primary care on Blake's and Dana's teams"), List.of(BLAKE, DANA)),
                arguments(on(SAM, "therapist on Alex's team, on Casey's from today"), List.of(CASEY, ALEX)),
                arguments(on(NOOR, "therapist on Blake's team, off Alex's since yesterday"), List.of(BLAKE)),
                arguments(on(MARIA, "care manager leading Alex's and Blake's teams"), List.of(BLAKE, ALEX)),
                arguments(on(JON, "care manager leading Casey's and Dana's teams"), List.of(CASEY, DANA)),
                arguments(on(INES, "psychiatrist on no team yet"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseloads")
    void eachClinicianSeesExactlyTheClientsWhoseTeamTheyAreOnToday(Access access, List<Person> expected) {
        Audited<List<CaseloadEntry>> caseload = audited(() -> as(access.caller(), service -> service.myCaseload(ClinicDatabase.EVERY_CLIENT).entries()));

        List<CareTeamView> views = caseload.result().stream().map(CaseloadEntry::team).toList();
        assertEquals(expected.stream().map(Person::displayName).toList(),
                views.stream().map(CareTeamView::clientName).toList(), "clients, by family name");
        assertAll(views.stream().map(view -> () -> {
            Person person = personWithId(view.clientId());
            assertEquals(clinic.teamId(person), view.teamId(), "team of " + person);
            assertEquals(MEMBERS_TODAY.get(person), memberNames(view), "members today of " + person);
            assertTrue(memberNames(view).contains(SmallClinic.SIGNATURES.get(access.caller().username())),
                    "the clinician is on " + person + "'s team today");
        }));
        List<Event> expectedEvents = expected.isEmpty()
                ? List.of(new Event(access.caller().username(), roleOf(access.caller()), "VIEW_CASELOAD", null, null, null,
                        "ALLOWED", "clinician's own caseload", "internal"))
                : expected.stream()
                        .map(person -> allowed(access.caller(), "VIEW_CASELOAD", person, "clinician's own caseload"))
                        .toList();
        assertEquals(expectedEvents, caseload.events(), "one ALLOWED event per client listed, or one for an empty caseload");
    }

    static Stream<Arguments> whoHasNoCaseload() {
        return Stream.of(
                arguments(on(ALEX_PORTAL, "a client")),
                arguments(on(ROBIN_IT, "clinic IT")),
                arguments(on(Accounts.signedIn("maria.gomez", Role.CLINIC_ADMIN), "a team's lead signed in as clinic IT")),
                arguments(on(Accounts.signedIn("sam.rivera", Role.CLIENT), "a team member signed in as a client")),
                arguments(on(PAT_PRIVACY, "the privacy officer")),
                arguments(on(NOBODY, "someone with no Alliance role")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whoHasNoCaseload")
    void onlyCliniciansHaveACaseload(Access access) {
        Audited<AccessRefused> refusal = audited(() -> assertThrows(AccessRefused.class,
                () -> as(access.caller(), service -> service.myCaseload(ClinicDatabase.EVERY_CLIENT).entries())));

        assertEquals("Your role does not allow this.", refusal.result().getMessage());
        assertEquals(List.of(refused(access.caller(), "VIEW_CASELOAD", null, null, null,
                "only clinicians have a caseload")), refusal.events());
    }

    @Test
    void aCaseloadIsReadAPageAtATimeAndOnlyTheClientsShownAreAudited() {
        Audited<CaseloadPage> first = audited(() -> as(PRIYA, service -> service.myCaseload(
                new CaseloadQuery(CaseloadOrder.SAFETY_FLAGS_FIRST, false, 0, 1))));
        Audited<CaseloadPage> second = audited(() -> as(PRIYA, service -> service.myCaseload(
                new CaseloadQuery(CaseloadOrder.SAFETY_FLAGS_FIRST, false, 1, 1))));
        Audited<CaseloadPage> beyond = audited(() -> as(PRIYA, service -> service.myCaseload(
                new CaseloadQuery(CaseloadOrder.SAFETY_FLAGS_FIRST, false, 2, 1))));

        assertEquals(List.of(CASEY.displayName()), clientNames(first.result()), "first page, by family name");
        assertEquals(List.of(ALEX.displayName()), clientNames(second.result()), "second page");
        assertEquals(2, first.result().clients(), "the whole caseload is counted");
        assertEquals(2, second.result().clients());
        assertEquals(List.of(allowed(PRIYA, "VIEW_CASELOAD", CASEY, "clinician's own caseload")), first.events());
        assertEquals(List.of(allowed(PRIYA, "VIEW_CASELOAD", ALEX, "clinician's own caseload")), second.events());
        assertEquals(List.of(), beyond.result().entries(), "past the last page nothing is read");
        assertEquals(1, beyond.events().size(), "the look itself is still audited");
        assertNull(beyond.events().get(0).clientId());
        assertEquals(2, beyond.result().clients(), "past the last page the caseload is still counted");
        assertEquals(new CaseloadQuery(CaseloadOrder.SAFETY_FLAGS_FIRST, false, 1, 1),
                beyond.result().query().lastPageOf(beyond.result().clients()), "so that its last page can be asked for");
        assertEquals(2, second.result().pageNumber());
        assertEquals(2, second.result().pageCount());
        assertTrue(second.result().hasPrevious());
        assertFalse(second.result().hasNext());
    }

    @Test
    void aCaseloadOrdersByTheNameClientsGoByEitherWay() {
        CaseloadPage byName = as(MARIA, service -> service.myCaseload(
                new CaseloadQuery(CaseloadOrder.CLIENT_NAME, false, 0, 10)));
        CaseloadPage reversed = as(MARIA, service -> service.myCaseload(
                new CaseloadQuery(CaseloadOrder.CLIENT_NAME, true, 0, 10)));

        assertEquals(List.of(ALEX.displayName(), BLAKE.displayName()), clientNames(byName));
        assertEquals(List.of(BLAKE.displayName(), ALEX.displayName()), clientNames(reversed));
    }

    @Test
    void aPageNeverHoldsMoreThanAHundredRowsWhateverIsAsked() {
        assertEquals(CaseloadQuery.MOST_ROWS, new CaseloadQuery(null, false, 0, 1_000_000).rows());
        assertEquals(1, new CaseloadQuery(null, false, -5, 0).rows());
        assertEquals(0, new CaseloadQuery(null, false, -5, 0).firstRow());
    }

    private static List<String> clientNames(CaseloadPage page) {
        return page.entries().stream().map(CaseloadEntry::getClientName).toList();
    }

    // ---------------------------------------------------------------------------------- careTeamOf

    static Stream<Arguments> careTeamReaders() {
        return Stream.of(
                arguments(on(PRIYA, ALEX, "psychiatrist on the team")),
                arguments(on(LENA, ALEX, "primary care on the team")),
                arguments(on(SAM, ALEX, "therapist on the team")),
                arguments(on(SAM, CASEY, "therapist on the team from today")),
                arguments(on(MARIA, ALEX, "care manager leading the team")),
                arguments(on(JON, DANA, "care manager leading the team")),
                arguments(on(KWAME, DANA, "primary care on the team")),
                arguments(on(NOOR, BLAKE, "therapist on this team, who left another one yesterday")),
                arguments(on(ALEX_PORTAL, ALEX, "the client themself")),
                arguments(on(BLAKE_PORTAL, BLAKE, "the client themself")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("careTeamReaders")
    void aClientsCareTeamIsSeenByItsCurrentMembersAndByTheClientThemself(Access access) {
        Person person = access.client();
        Audited<CareTeamView> team = audited(() -> as(access.caller(), service -> service.careTeamOf(clinic.clientId(person))));

        assertTeamOf(person, team.result());
        String reason = access.caller().has(Role.CLIENT) ? "the client's own care team" : "member of the client's care team";
        assertEquals(List.of(allowed(access.caller(), "VIEW_CARE_TEAM", person, reason)), team.events());
    }

    static Stream<Arguments> refusedCareTeamReaders() {
        String notOnTeam = "not on this client's care team";
        String wrongRole = "role may not see this client's care team";
        return Stream.of(
                arguments(on(OMAR, ALEX, "psychiatrist not on the team"), notOnTeam),
                arguments(on(KWAME, ALEX, "primary care not on the team"), notOnTeam),
                arguments(on(SAM, BLAKE, "therapist not on the team"), notOnTeam),
                arguments(on(JON, ALEX, "care manager not on the team"), notOnTeam),
                arguments(on(NOOR, ALEX, "therapist who left the team yesterday"), notOnTeam),
                arguments(on(LENA, DANA, "primary care who joins the team tomorrow"), notOnTeam),
                arguments(on(INES, CASEY, "psychiatrist on no team yet"), notOnTeam),
                arguments(on(ALEX_PORTAL, BLAKE, "a client, for another client's team"), wrongRole),
                arguments(on(BLAKE_PORTAL, ALEX, "a client, for another client's team"), wrongRole),
                arguments(on(CASEY_UNLINKED, CASEY, "a client whose account is not linked to the record"), wrongRole),
                arguments(on(Accounts.signedIn("sam.rivera", Role.CLIENT), ALEX, "a team member signed in as a client"), wrongRole),
                arguments(on(ROBIN_IT, ALEX, "clinic IT"), wrongRole),
                arguments(on(Accounts.signedIn("maria.gomez", Role.CLINIC_ADMIN), ALEX, "the team's lead signed in as clinic IT"), wrongRole),
                arguments(on(PAT_PRIVACY, ALEX, "the privacy officer"), wrongRole),
                arguments(on(NOBODY, ALEX, "someone with no Alliance role"), wrongRole));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCareTeamReaders")
    void noOneElseSeesAClientsCareTeam(Access access, String reason) {
        long clientId = clinic.clientId(access.client());
        Audited<AccessRefused> refusal = audited(() -> assertThrows(AccessRefused.class,
                () -> as(access.caller(), service -> service.careTeamOf(clientId))));

        assertEquals("You are not on this client's care team.", refusal.result().getMessage());
        assertEquals(List.of(refused(access.caller(), "VIEW_CARE_TEAM", "CareTeam", clinic.teamId(access.client()),
                clientId, reason)), refusal.events());
    }

    static Stream<Arguments> unknownClients() {
        return Stream.of(
                arguments(on(PRIYA, null, "psychiatrist")),
                arguments(on(KWAME, null, "primary care")),
                arguments(on(SAM, null, "therapist")),
                arguments(on(MARIA, null, "care manager")),
                arguments(on(ALEX_PORTAL, null, "a client")),
                arguments(on(ROBIN_IT, null, "clinic IT")),
                arguments(on(PAT_PRIVACY, null, "the privacy officer")),
                arguments(on(NOBODY, null, "someone with no Alliance role")),
                arguments(on(MARIA, ELI, "care manager, for a client with no team yet")),
                arguments(on(ELI_PORTAL, ELI, "a client with no team yet, for their own record")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownClients")
    void aClientWithoutACareTeamIsNotFoundAndTheAttemptIsAudited(Access access) {
        long clientId = access.client() == null ? clinic.unknownClientId() : clinic.clientId(access.client());
        Audited<NotFound> notFound = audited(() -> assertThrows(NotFound.class,
                () -> as(access.caller(), service -> service.careTeamOf(clientId))));

        assertEquals("There is no care team for this client number.", notFound.result().getMessage());
        assertEquals(List.of(refused(access.caller(), "VIEW_CARE_TEAM", null, null, clientId, "no care team for this client number")),
                notFound.events());
    }

    // ---------------------------------------------------------------------------------- myCareTeam

    static Stream<Arguments> ownTeams() {
        return Stream.of(
                arguments(on(ALEX_PORTAL, ALEX, "a client, with a member who left yesterday")),
                arguments(on(BLAKE_PORTAL, BLAKE, "a client")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownTeams")
    void aClientSeesTheirOwnCareTeam(Access access) {
        Audited<CareTeamView> team = audited(() -> as(access.caller(), CareTeamService::myCareTeam));

        assertTeamOf(access.client(), team.result());
        assertEquals(List.of(allowed(access.caller(), "VIEW_OWN_CARE_TEAM", access.client(), "the client's own care team")),
                team.events());
    }

    static Stream<Arguments> whoHasNoOwnTeam() {
        return Stream.of(
                arguments(on(PRIYA, "psychiatrist")),
                arguments(on(LENA, "primary care")),
                arguments(on(SAM, "therapist")),
                arguments(on(MARIA, "care manager")),
                arguments(on(ROBIN_IT, "clinic IT")),
                arguments(on(PAT_PRIVACY, "the privacy officer")),
                arguments(on(NOBODY, "someone with no Alliance role")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whoHasNoOwnTeam")
    void onlyClientsHaveAnOwnCareTeam(Access access) {
        Audited<AccessRefused> refusal = audited(() -> assertThrows(AccessRefused.class,
                () -> as(access.caller(), CareTeamService::myCareTeam)));

        assertEquals("Your role does not allow this.", refusal.result().getMessage());
        assertEquals(List.of(refused(access.caller(), "VIEW_OWN_CARE_TEAM", null, null, null,
                "only clients have an own care team")), refusal.events());
    }

    static Stream<Arguments> clientsWithoutATeam() {
        return Stream.of(
                arguments(on(ELI_PORTAL, ELI, "a client whose team is not formed yet")),
                arguments(on(CASEY_UNLINKED, CASEY, "a client whose account is not linked to the record")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clientsWithoutATeam")
    void aClientWithoutALinkedTeamIsToldNoneHasBeenFormedAndSeesNoOtherTeam(Access access) {
        Audited<NotFound> notFound = audited(() -> assertThrows(NotFound.class,
                () -> as(access.caller(), CareTeamService::myCareTeam)));

        assertEquals("No care team has been formed for you yet.", notFound.result().getMessage());
        assertEquals(List.of("REFUSED"), notFound.events().stream().map(event -> event.outcome()).toList(),
                "the attempt is on record, and nothing was shown");
    }

    // -------------------------------------------------------------------------------- allCareTeams

    static Stream<Arguments> clinicAdministrators() {
        return Stream.of(arguments(on(ROBIN_IT, "clinic IT")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clinicAdministrators")
    void onlyClinicAdminSeesEveryCareTeam(Access access) {
        Audited<List<CareTeamView>> teams = audited(() -> as(access.caller(), CareTeamService::allCareTeams));

        assertEquals(List.of(BLAKE, CASEY, DANA, ALEX), teams.result().stream()
                .map(view -> personWithId(view.clientId())).toList(), "every team, by the client's family name");
        teams.result().forEach(view -> assertTeamOf(personWithId(view.clientId()), view));
        assertEquals(List.of(new Event(access.caller().username(), roleOf(access.caller()), "ADMINISTER_CARE_TEAMS",
                null, null, null, "ALLOWED", "clinic administration", "internal")), teams.events());
    }

    static Stream<Arguments> whoMayNotAdministerTeams() {
        return Stream.of(
                arguments(on(PRIYA, "psychiatrist")),
                arguments(on(KWAME, "primary care")),
                arguments(on(NOOR, "therapist")),
                arguments(on(JON, "care manager leading teams")),
                arguments(on(ALEX_PORTAL, "a client")),
                arguments(on(PAT_PRIVACY, "the privacy officer")),
                arguments(on(NOBODY, "someone with no Alliance role")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whoMayNotAdministerTeams")
    void everyoneButClinicAdminIsRefusedTheListOfAllTeams(Access access) {
        Audited<AccessRefused> refusal = audited(() -> assertThrows(AccessRefused.class,
                () -> as(access.caller(), CareTeamService::allCareTeams)));

        assertEquals("Your role does not allow this.", refusal.result().getMessage());
        assertEquals(List.of(refused(access.caller(), "ADMINISTER_CARE_TEAMS", null, null, null,
                "only clinic-admin administers care teams")), refusal.events());
    }

    @Test
    void theTeamListForClinicAdminCarriesNamesAndDisciplinesButNoClinicalContent() {
        assertEquals(List.of("teamId", "clientId", "clientName", "clientPronouns", "members"),
                componentNames(CareTeamView.class));
        assertEquals(List.of("name", "discipline", "teamRole", "since"), componentNames(TeamMemberView.class));

        CareTeamView alex = as(ROBIN_IT, CareTeamService::allCareTeams).stream()
                .filter(view -> view.clientId() == clinic.clientId(ALEX)).findFirst().orElseThrow();
        assertEquals("Alex Morgan", alex.clientName());
        assertEquals("they/them", alex.clientPronouns());
        assertEquals(List.of(
                        new TeamMemberView("Maria Gomez, RN", Discipline.CARE_MANAGEMENT, TeamRole.LEAD, LocalDate.of(2025, 9, 1)),
                        new TeamMemberView("Priya Patel, MD", Discipline.PSYCHIATRY, TeamRole.MEMBER, LocalDate.of(2025, 9, 1)),
                        new TeamMemberView("Lena Fischer, NP", Discipline.PRIMARY_CARE, TeamRole.MEMBER, LocalDate.of(2025, 9, 1)),
                        new TeamMemberView("Sam Rivera, LCSW", Discipline.PSYCHOTHERAPY, TeamRole.MEMBER, LocalDate.of(2025, 10, 1))),
                alex.members());
        String shown = alex.toString();
        assertFalse(shown.contains("Alexandra"), "no legal name");
        assertFalse(shown.contains("1990"), "no date of birth");
        assertFalse(shown.contains("alex.morgan"), "no portal account");
    }

    // ------------------------------------------------------------------------------ the tables

    /** Every operation's tables, so that none leaves a role out. */
    private static final Map<String, List<Supplier<Stream<Arguments>>>> TABLES = Map.of(
            "myCaseload", List.of(CareTeamServiceTest::caseloads, CareTeamServiceTest::whoHasNoCaseload),
            "careTeamOf", List.of(CareTeamServiceTest::careTeamReaders, CareTeamServiceTest::refusedCareTeamReaders,
                    CareTeamServiceTest::unknownClients),
            "myCareTeam", List.of(CareTeamServiceTest::ownTeams, CareTeamServiceTest::whoHasNoOwnTeam,
                    CareTeamServiceTest::clientsWithoutATeam),
            "allCareTeams", List.of(CareTeamServiceTest::clinicAdministrators,
                    CareTeamServiceTest::whoMayNotAdministerTeams));

    @Test
    void theTablesCoverEveryOperationForEveryRole() {
        Set<String> everyRole = Stream.concat(Arrays.stream(Role.values()).map(Role::realmName), Stream.of("none"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertAll(TABLES.entrySet().stream().map(operation -> () -> assertEquals(everyRole,
                accesses(operation.getValue()).map(access -> roleOf(access.caller()))
                        .collect(Collectors.toCollection(TreeSet::new)),
                operation.getKey() + " is tried by every role")));

        // careTeamOf: every clinician role both on and off the team, the client for their own team and another's.
        Set<String> onTheTeam = rolesIn(CareTeamServiceTest::careTeamReaders);
        Set<String> offTheTeam = rolesIn(CareTeamServiceTest::refusedCareTeamReaders);
        assertAll(Arrays.stream(Role.values()).filter(Role::isClinician).map(role -> () -> {
            assertTrue(onTheTeam.contains(role.realmName()), role + " on the team");
            assertTrue(offTheTeam.contains(role.realmName()), role + " not on the team");
        }));
        assertTrue(onTheTeam.contains("client") && offTheTeam.contains("client"), "a client, own and another's team");
    }

    // ---------------------------------------------------------------------------------- helpers

    /** Someone in some relation to a client, as a table row shows it. */
    record Access(Caller caller, Person client, String situation) {
        @Override
        public String toString() {
            return situation + " (" + caller.username() + ", " + roleOf(caller) + ")"
                    + (client == null ? "" : " → " + client.displayName());
        }
    }

    /** What a call returned or threw, and the audit events it wrote, as stored. */
    record Audited<T>(T result, List<Event> events) {
    }

    /** An audit row as stored, without its id and time. */
    record Event(String actor, String actorRole, String action, String recordType, Long recordId, Long clientId,
            String outcome, String reason, String sourceAddress) {
    }

    private static Access on(Caller caller, String situation) {
        return new Access(caller, null, situation);
    }

    private static Access on(Caller caller, Person client, String situation) {
        return new Access(caller, client, situation);
    }

    private static <T> T as(Caller caller, Function<CareTeamService, T> call) {
        CareTeamService service = database.careTeamService(caller);
        return database.call(() -> call.apply(service));
    }

    /** Runs the call and reads back the audit rows it wrote, checking each was written at the time of the call. */
    private static <T> Audited<T> audited(Supplier<T> call) {
        long mark = database.lastAuditEventId();
        Instant before = Instant.now().minusMillis(1);
        T result = call.get();
        Instant after = Instant.now().plusMillis(1);
        List<AuditRow> rows = database.auditEventsAfter(mark);
        assertAll(rows.stream().map(row -> () -> {
            assertNotNull(row.occurredAt(), "occurred_at");
            Instant at = row.occurredAt().toInstant();
            assertTrue(!at.isBefore(before) && !at.isAfter(after), "occurred_at " + at + " is the time of the call");
        }));
        return new Audited<>(result, rows.stream().map(row -> new Event(row.actor(), row.actorRole(), row.action(),
                row.recordType(), row.recordId(), row.clientId(), row.outcome(), row.reason(), row.sourceAddress()))
                .toList());
    }

    private static Event allowed(Caller caller, String action, Person client, String reason) {
        return new Event(caller.username(), roleOf(caller), action, "CareTeam", clinic.teamId(client),
                clinic.clientId(client), "ALLOWED", reason, "internal");
    }

    private static Event refused(Caller caller, String action, String recordType, Long recordId, Long clientId,
            String reason) {
        return new Event(caller.username(), roleOf(caller), action, recordType, recordId, clientId, "REFUSED",
                reason, "internal");
    }

    /** The role the audit should name for a caller with one role: its realm name, or "none". */
    private static String roleOf(Caller caller) {
        if (caller.roles().size() > 1) {
            throw new IllegalArgumentException("The tables use callers with at most one role.");
        }
        return caller.roles().stream().map(Role::realmName).findFirst().orElse("none");
    }

    private static void assertTeamOf(Person person, CareTeamView view) {
        assertAll(
                () -> assertEquals(clinic.clientId(person), view.clientId(), "client"),
                () -> assertEquals(clinic.teamId(person), view.teamId(), "team"),
                () -> assertEquals(person.displayName(), view.clientName(), "name"),
                () -> assertEquals(MEMBERS_TODAY.get(person), memberNames(view), "members today"));
    }

    private static List<String> memberNames(CareTeamView view) {
        return view.members().stream().map(TeamMemberView::name).toList();
    }

    private static Person personWithId(long clientId) {
        return Arrays.stream(Person.values()).filter(person -> clinic.clientId(person) == clientId).findFirst()
                .orElseThrow(() -> new AssertionError("no client of the small clinic has id " + clientId));
    }

    private static List<String> componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static Stream<Access> accesses(List<Supplier<Stream<Arguments>>> tables) {
        List<Access> accesses = new ArrayList<>();
        tables.forEach(table -> table.get().forEach(row -> accesses.add((Access) row.get()[0])));
        return accesses.stream();
    }

    private static Set<String> rolesIn(Supplier<Stream<Arguments>> table) {
        return accesses(List.of(table)).map(access -> roleOf(access.caller())).collect(Collectors.toSet());
    }
}
