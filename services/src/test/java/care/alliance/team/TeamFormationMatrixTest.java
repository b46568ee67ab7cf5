package care.alliance.team;

import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.BLAKE_PORTAL;
import static care.alliance.team.SmallClinic.JON;
import static care.alliance.team.SmallClinic.KWAME;
import static care.alliance.team.SmallClinic.LENA;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.NOBODY;
import static care.alliance.team.SmallClinic.PAT_PRIVACY;
import static care.alliance.team.SmallClinic.NOOR;
import static care.alliance.team.SmallClinic.OMAR;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.ROBIN_IT;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.testing.ClinicDatabase.TODAY;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.Role;
import care.alliance.client.ClientRegistration;
import care.alliance.client.Language;
import care.alliance.client.NewClient;
import care.alliance.client.RegisteredClient;
import care.alliance.person.PersonName;
import care.alliance.team.SmallClinic.Person;
import care.alliance.testing.Accounts;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may register a client and form a care team, as a table: every new operation × every kind of
 * caller — clinic IT, the care manager leading the team, a care manager on it who does not lead it,
 * a care manager of other teams, each other discipline on and off the team, another client, the
 * client themself, someone without a role — with the outcome each must get and the audit event it
 * writes. A refused call changes nothing; an allowed one is done. Each allowed row runs on a clinic
 * of its own, so that no row depends on another.
 *
 * <p>Besides {@link SmallClinic}'s teams, Jon Berg (a care manager who leads Casey's and Dana's
 * teams) is a member of Alex's team, which Maria Gomez leads.
 */
class TeamFormationMatrixTest {

    private static final String RELEASE_REASON = "The client asked for another clinician";

    /** The new operations, each done on one client's team. */
    enum Operation {
        VIEW_TEAM_FORMATION, APPOINT_TO_CARE_TEAM, RELEASE_FROM_CARE_TEAM, REGISTER_CLIENT
    }

    /** One row: a caller in some relation to a client's team, and whether they may. */
    record Row(Operation operation, Caller caller, Person client, String situation, String expectedReason,
            boolean allowed) {
        @Override
        public String toString() {
            return operation + ": " + situation + " (" + caller.username() + ", " + roleOf(caller) + ")"
                    + (client == null ? "" : " → " + client.displayName()) + (allowed ? " ALLOWED" : " REFUSED");
        }
    }

    private static ClinicDatabase shared;
    private static SmallClinic sharedClinic;

    @BeforeAll
    static void openTheClinic() {
        shared = ClinicDatabase.migrated();
        sharedClinic = openWithJonOnAlexsTeam(shared);
    }

    @AfterAll
    static void closeTheClinic() {
        shared.close();
    }

    static Stream<Row> teamRows() {
        List<Row> rows = new ArrayList<>();
        for (Operation operation : List.of(Operation.VIEW_TEAM_FORMATION, Operation.APPOINT_TO_CARE_TEAM,
                Operation.RELEASE_FROM_CARE_TEAM)) {
            rows.add(allow(operation, ROBIN_IT, Person.ALEX, "clinic IT", "clinic administration"));
            rows.add(allow(operation, ROBIN_IT, Person.DANA, "clinic IT, another team", "clinic administration"));
            rows.add(allow(operation, MARIA, Person.ALEX, "care manager leading the team", "lead of the client's care team"));
            rows.add(allow(operation, JON, Person.DANA, "care manager leading the team", "lead of the client's care team"));
            String notLead = "not the lead of this client's care team";
            String noRole = "role may not form care teams";
            rows.add(refuse(operation, JON, Person.ALEX, "care manager on the team, not its lead", notLead));
            rows.add(refuse(operation, JON, Person.BLAKE, "care manager of other teams", notLead));
            rows.add(refuse(operation, MARIA, Person.DANA, "care manager of other teams", notLead));
            rows.add(refuse(operation, PRIYA, Person.ALEX, "psychiatrist on the team", noRole));
            rows.add(refuse(operation, OMAR, Person.ALEX, "psychiatrist not on the team", noRole));
            rows.add(refuse(operation, LENA, Person.ALEX, "primary care on the team", noRole));
            rows.add(refuse(operation, KWAME, Person.ALEX, "primary care not on the team", noRole));
            rows.add(refuse(operation, SAM, Person.ALEX, "therapist on the team", noRole));
            rows.add(refuse(operation, NOOR, Person.ALEX, "therapist who left the team yesterday", noRole));
            rows.add(refuse(operation, SAM, Person.BLAKE, "therapist not on the team", noRole));
            rows.add(refuse(operation, ALEX_PORTAL, Person.ALEX, "the client themself", noRole));
            rows.add(refuse(operation, BLAKE_PORTAL, Person.ALEX, "another client", noRole));
            rows.add(refuse(operation, Accounts.signedIn("maria.gomez", Role.CLIENT), Person.ALEX,
                    "the team's lead signed in as a client", noRole));
            rows.add(refuse(operation, PAT_PRIVACY, Person.ALEX, "the privacy officer", noRole));
            rows.add(refuse(operation, NOBODY, Person.ALEX, "someone with no Alliance role", noRole));
        }
        return rows.stream();
    }

    static Stream<Row> registrationRows() {
        String noRole = "only care managers and clinic-admin register clients";
        return Stream.of(
                allow(Operation.REGISTER_CLIENT, ROBIN_IT, null, "clinic IT", "clinic administration"),
                allow(Operation.REGISTER_CLIENT, MARIA, null, "a care manager", "care manager enrolling a client"),
                allow(Operation.REGISTER_CLIENT, JON, null, "another care manager", "care manager enrolling a client"),
                refuse(Operation.REGISTER_CLIENT, PRIYA, null, "psychiatrist", noRole),
                refuse(Operation.REGISTER_CLIENT, OMAR, null, "psychiatrist on no team with this client", noRole),
                refuse(Operation.REGISTER_CLIENT, LENA, null, "primary care", noRole),
                refuse(Operation.REGISTER_CLIENT, SAM, null, "therapist", noRole),
                refuse(Operation.REGISTER_CLIENT, ALEX_PORTAL, null, "a client", noRole),
                refuse(Operation.REGISTER_CLIENT, Accounts.signedIn("maria.gomez", Role.CLIENT), null,
                        "a care manager signed in as a client", noRole),
                refuse(Operation.REGISTER_CLIENT, PAT_PRIVACY, null, "the privacy officer", noRole),
                refuse(Operation.REGISTER_CLIENT, NOBODY, null, "someone with no Alliance role", noRole));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("teamRows")
    void eachCallerGetsExactlyTheOutcomeOfTheTableOnTeamFormation(Row row) {
        if (row.allowed()) {
            try (ClinicDatabase own = ClinicDatabase.migrated()) {
                SmallClinic clinic = openWithJonOnAlexsTeam(own);
                long mark = own.lastAuditEventId();
                int before = membershipsOf(own, clinic.teamId(row.client()));
                own.call(() -> perform(own, clinic, row));
                List<AuditRow> events = own.auditEventsAfter(mark);
                assertEquals(1, events.size(), "one audit event: " + events);
                AuditRow event = events.get(0);
                assertAll(
                        () -> assertEquals("ALLOWED", event.outcome()),
                        () -> assertEquals(row.operation().name(), event.action()),
                        () -> assertEquals(row.caller().username(), event.actor()),
                        () -> assertEquals(roleOf(row.caller()), event.actorRole()),
                        () -> assertEquals(clinic.clientId(row.client()), event.clientId()),
                        () -> assertTrue(event.reason().startsWith(row.expectedReason()), event.reason()),
                        () -> assertEquals(before + (row.operation() == Operation.APPOINT_TO_CARE_TEAM ? 1 : 0),
                                membershipsOf(own, clinic.teamId(row.client())), "appointments on record"));
                if (row.operation() == Operation.APPOINT_TO_CARE_TEAM) {
                    assertEquals("CareTeamMember", event.recordType());
                    assertTrue(event.reason().endsWith("; appointed ines.novak (PSYCHIATRY) as MEMBER from " + TODAY),
                            event.reason());
                }
                if (row.operation() == Operation.RELEASE_FROM_CARE_TEAM) {
                    assertTrue(event.reason().endsWith(" after " + TODAY + ": " + RELEASE_REASON), event.reason());
                    int released = own.query("select count(*) from care_team_member where release_reason = '"
                            + RELEASE_REASON + "'", result -> {
                                result.next();
                                return result.getInt(1);
                            });
                    assertEquals(1, released, "the release and its reason are on record");
                }
            }
        } else {
            long teamId = sharedClinic.teamId(row.client());
            long mark = shared.lastAuditEventId();
            int before = membershipsOf(shared, teamId);
            String ended = endedMemberships(shared, teamId);
            AccessRefused refused = assertThrows(AccessRefused.class, () -> shared.call(() -> perform(shared, sharedClinic, row)));
            assertEquals("Only the care manager who leads this client's care team, or clinic IT, may change it.",
                    refused.getMessage());
            assertEquals(List.of(new Event(row.caller().username(), roleOf(row.caller()), row.operation().name(),
                            "CareTeam", teamId, sharedClinic.clientId(row.client()), "REFUSED", row.expectedReason())),
                    events(shared.auditEventsAfter(mark)));
            assertEquals(before, membershipsOf(shared, teamId), "no appointment made");
            assertEquals(ended, endedMemberships(shared, teamId), "no one released");
        }
    }

    private static final AtomicInteger REGISTRATIONS = new AtomicInteger();

    @ParameterizedTest(name = "{0}")
    @MethodSource("registrationRows")
    void eachCallerGetsExactlyTheOutcomeOfTheTableOnRegistration(Row row) {
        int number = REGISTRATIONS.incrementAndGet();
        NewClient typed = new NewClient("Robin" + (char) ('a' + number), "Matrix", null, null, LocalDate.of(1980, 1, number),
                Language.ENGLISH, "MATRIX-" + number);
        ClientRegistration registration = shared.clientRegistration(row.caller());
        long mark = shared.lastAuditEventId();
        int clients = count(shared, "client");
        if (row.allowed()) {
            RegisteredClient registered = shared.call(() -> registration.register(typed));
            List<AuditRow> events = shared.auditEventsAfter(mark);
            assertEquals(new Event(row.caller().username(), roleOf(row.caller()), "REGISTER_CLIENT", "Client",
                    registered.clientId(), registered.clientId(), "ALLOWED", row.expectedReason()), events(events).get(0));
            assertEquals(clients + 1, count(shared, "client"));
        } else {
            AccessRefused refused = assertThrows(AccessRefused.class, () -> shared.call(() -> registration.register(typed)));
            assertEquals("Your role does not allow this.", refused.getMessage());
            assertEquals(List.of(new Event(row.caller().username(), roleOf(row.caller()), "REGISTER_CLIENT", null, null,
                    null, "REFUSED", row.expectedReason())), events(shared.auditEventsAfter(mark)));
            assertEquals(clients, count(shared, "client"), "nobody registered");
        }
    }

    @Test
    void theTablesTryEveryOperationWithEveryKindOfCaller() {
        Set<String> everyRole = Stream.concat(Arrays.stream(Role.values()).map(Role::realmName), Stream.of("none"))
                .collect(Collectors.toCollection(TreeSet::new));
        List<Row> rows = Stream.concat(teamRows(), registrationRows()).toList();
        assertAll(Arrays.stream(Operation.values()).map(operation -> () -> assertEquals(everyRole,
                rows.stream().filter(row -> row.operation() == operation).map(row -> roleOf(row.caller()))
                        .collect(Collectors.toCollection(TreeSet::new)), operation + " is tried by every role")));
        for (Operation operation : List.of(Operation.VIEW_TEAM_FORMATION, Operation.APPOINT_TO_CARE_TEAM,
                Operation.RELEASE_FROM_CARE_TEAM)) {
            List<String> situations = rows.stream().filter(row -> row.operation() == operation).map(Row::situation).toList();
            assertTrue(situations.containsAll(List.of("clinic IT", "care manager leading the team",
                    "care manager on the team, not its lead", "care manager of other teams", "psychiatrist on the team",
                    "psychiatrist not on the team", "primary care on the team", "primary care not on the team",
                    "therapist on the team", "therapist not on the team", "the client themself", "another client",
                    "someone with no Alliance role")), operation + " " + situations);
        }
        assertEquals(0, rows.stream().filter(Row::allowed)
                .filter(row -> !row.caller().has(Role.CLINIC_ADMIN) && !row.caller().has(Role.CARE_MANAGER)).count(),
                "only clinic IT and care managers are ever allowed");
    }

    @Test
    void clinicItFormsATeamWithNamesDisciplinesDatesAndReasonsButNoClinicalContent() {
        assertEquals(List.of("teamId", "clientId", "clientName", "recordNumber", "membersToday", "history", "staff"),
                componentNames(TeamFormationView.class));
        assertEquals(List.of("staffMemberId", "name", "discipline", "teamRole", "startsOn", "endsOn", "releaseReason"),
                componentNames(MembershipView.class));
        assertEquals(List.of("staffMemberId", "name", "discipline"), componentNames(StaffChoice.class));

        TeamFormationView alex = shared.call(() -> shared.careTeamFormation(ROBIN_IT)
                .formationOf(sharedClinic.clientId(Person.ALEX)));
        String shown = alex.toString();
        assertEquals("Alex Morgan", alex.clientName());
        assertTrue(!shown.contains("Alexandra") && !shown.contains("1990") && !shown.contains("they/them"),
                "no legal name, date of birth or pronouns: " + shown);
        assertEquals(List.of("Moved to the evening clinic"), alex.history().stream()
                .map(MembershipView::releaseReason).filter(java.util.Objects::nonNull).toList(),
                "the history says why Noor Ali left");
    }

    private static List<String> componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
    }

    // ---------------------------------------------------------------------------------- helpers

    /** An audit row as the table expects it. */
    record Event(String actor, String actorRole, String action, String recordType, Long recordId, Long clientId,
            String outcome, String reason) {
    }

    private static List<Event> events(List<AuditRow> rows) {
        return rows.stream().map(row -> new Event(row.actor(), row.actorRole(), row.action(), row.recordType(),
                row.recordId(), row.clientId(), row.outcome(), row.reason())).toList();
    }

    private static Row allow(Operation operation, Caller caller, Person client, String situation, String reason) {
        return new Row(operation, caller, client, situation, reason, true);
    }

    private static Row refuse(Operation operation, Caller caller, Person client, String situation, String reason) {
        return new Row(operation, caller, client, situation, reason, false);
    }

    private static Object perform(ClinicDatabase database, SmallClinic clinic, Row row) {
        CareTeamFormation formation = database.careTeamFormation(row.caller());
        long clientId = clinic.clientId(row.client());
        return switch (row.operation()) {
            case VIEW_TEAM_FORMATION -> formation.formationOf(clientId);
            case APPOINT_TO_CARE_TEAM -> formation.appoint(clientId, staffId(database, "ines.novak"), TeamRole.MEMBER, TODAY);
            case RELEASE_FROM_CARE_TEAM -> formation.release(clientId,
                    staffId(database, row.client() == Person.DANA ? "kwame.mensah" : "sam.rivera"), TODAY, RELEASE_REASON);
            case REGISTER_CLIENT -> throw new IllegalArgumentException("registration has a table of its own");
        };
    }

    static SmallClinic openWithJonOnAlexsTeam(ClinicDatabase database) {
        SmallClinic clinic = SmallClinic.openIn(database);
        database.inTransaction(em -> {
            StaffMember ines = new StaffMember(Accounts.idOf("ines.novak"), "ines.novak", new PersonName("Ines", "Novak"),
                    Discipline.PSYCHIATRY, "MD");
            em.persist(ines);
            StaffMember jon = new JpaStaffMembers(em).withAccount(Accounts.idOf("jon.berg")).orElseThrow();
            em.find(CareTeam.class, clinic.teamId(Person.ALEX)).appoint(jon, TeamRole.MEMBER, LocalDate.of(2026, 2, 2));
            return null;
        });
        return clinic;
    }

    static long staffId(ClinicDatabase database, String username) {
        return database.query("select id from staff_member where username = '" + username + "'", result -> {
            result.next();
            return result.getLong(1);
        });
    }

    private static int membershipsOf(ClinicDatabase database, long teamId) {
        return database.query("select count(*) from care_team_member where care_team_id = " + teamId, result -> {
            result.next();
            return result.getInt(1);
        });
    }

    private static String endedMemberships(ClinicDatabase database, long teamId) {
        return database.query("select id, ends_on, release_reason from care_team_member where care_team_id = " + teamId
                + " order by id", result -> {
                    StringBuilder said = new StringBuilder();
                    while (result.next()) {
                        said.append(result.getLong(1)).append(' ').append(result.getString(2)).append(' ')
                                .append(result.getString(3)).append('\n');
                    }
                    return said.toString();
                });
    }

    private static int count(ClinicDatabase database, String table) {
        return database.query("select count(*) from " + table, result -> {
            result.next();
            return result.getInt(1);
        });
    }

    private static String roleOf(Caller caller) {
        return caller.roles().stream().map(Role::realmName).findFirst().orElse("none");
    }
}
