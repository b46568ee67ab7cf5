package care.alliance.client;

import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.ROBIN_IT;
import static care.alliance.testing.ClinicDatabase.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.Caller;
import care.alliance.careplan.JpaCarePlans;
import care.alliance.rules.InvalidInput;
import care.alliance.team.CareTeamFormation;
import care.alliance.team.MembershipView;
import care.alliance.team.SmallClinic;
import care.alliance.team.TeamFormationView;
import care.alliance.team.TeamRole;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Registering clients in the small clinic of {@link SmallClinic}: what is kept, what opens with the
 * client, and which registrations are refused as likely duplicates or bad input, with nothing saved.
 */
class ClientRegistrationTest {

    private static ClinicDatabase database;

    @BeforeAll
    static void openTheClinic() {
        database = ClinicDatabase.migrated();
        SmallClinic.openIn(database);
    }

    @AfterAll
    static void closeTheClinic() {
        database.close();
    }

    private static RegisteredClient register(Caller caller, NewClient typed) {
        return database.call(() -> database.clientRegistration(caller).register(typed));
    }

    @Test
    void aCareManagerRegistersAClientWhoComesWithAPlanAndATeamTheyLeadFromToday() {
        long mark = database.lastAuditEventId();
        RegisteredClient registered = register(MARIA, new NewClient(" Guadalupe ", "Ruiz", "Lupe", "she/her",
                LocalDate.of(1979, 5, 4), Language.SPANISH, " mrn-5001 "));

        assertEquals("Lupe Ruiz", registered.displayName());
        assertEquals("MRN-5001", registered.recordNumber());
        Client kept = database.inTransaction(em -> new JpaClients(em).find(registered.clientId()).orElseThrow());
        assertEquals("Guadalupe", kept.legalName().given());
        assertEquals("she/her", kept.pronouns().orElseThrow());
        assertEquals(Language.SPANISH, kept.preferredLanguage());
        assertEquals(LocalDate.of(1979, 5, 4), kept.dateOfBirth());
        boolean planOpened = database.inTransaction(em -> new JpaCarePlans(em).ofClient(registered.clientId()).isPresent());
        assertTrue(planOpened, "a care plan opens with the client");

        TeamFormationView team = database.call(() -> database.careTeamFormation(MARIA).formationOf(registered.clientId()));
        assertEquals(List.of("Maria Gomez, RN"), team.membersToday().stream().map(MembershipView::name).toList());
        assertEquals(TeamRole.LEAD, team.membersToday().get(0).teamRole());
        assertEquals(TODAY, team.membersToday().get(0).startsOn());
        assertEquals("MRN-5001", team.recordNumber());

        List<AuditRow> events = database.auditEventsAfter(mark);
        assertEquals(List.of("REGISTER_CLIENT", "APPOINT_TO_CARE_TEAM", "VIEW_TEAM_FORMATION"),
                events.stream().map(AuditRow::action).toList());
        assertTrue(events.stream().allMatch(event -> event.clientId() == registered.clientId()
                && event.actor().equals("maria.gomez") && event.outcome().equals("ALLOWED")));
        assertEquals("care manager enrolling a client; appointed maria.gomez as LEAD from " + TODAY,
                events.get(1).reason());
    }

    @Test
    void clinicItRegistersAClientWithAnEmptyTeamForALeadToBeNamed() {
        RegisteredClient registered = register(ROBIN_IT, new NewClient("Tariq", "Aziz", null, null,
                LocalDate.of(1990, 2, 3), Language.ENGLISH, "MRN-5002"));

        TeamFormationView team = database.call(() -> database.careTeamFormation(ROBIN_IT).formationOf(registered.clientId()));
        assertEquals(List.of(), team.history());
        assertTrue(team.staff().size() >= 8, "the staff to choose from: " + team.staff());
    }

    @Test
    void aSecondRegistrationWithTheSameRecordNumberIsRefusedAndNamesTheFirst() {
        register(MARIA, new NewClient("Olu", "Adeyemi", "Olu", null, LocalDate.of(1970, 7, 7), Language.ENGLISH, "MRN-6001"));
        int clients = count("client");
        long mark = database.lastAuditEventId();

        InvalidInput refused = assertThrows(InvalidInput.class, () -> register(MARIA, new NewClient("Someone", "Else",
                null, null, LocalDate.of(1981, 1, 1), Language.ENGLISH, "mrn-6001")));

        assertEquals("Olu Adeyemi is already registered under the record number MRN-6001; open their record instead"
                + " of registering them again.", refused.getMessage());
        assertEquals("recordNumber", refused.field().orElseThrow());
        assertEquals("Olu Adeyemi ya está dado de alta con el número de historia MRN-6001; abre su ficha en lugar de"
                + " darle de alta otra vez.", refused.message(Locale.forLanguageTag("es")));
        assertEquals(clients, count("client"), "nothing saved");
        AuditRow event = database.auditEventsAfter(mark).get(0);
        assertEquals("REFUSED", event.outcome());
        assertTrue(event.reason().startsWith("likely duplicate: same record number as client "), event.reason());
    }

    @Test
    void aSecondRegistrationWithTheSameNameAndDateOfBirthIsRefusedAndNamesTheFirst() {
        register(ROBIN_IT, new NewClient("Mei", "Tanaka", null, null, LocalDate.of(1966, 3, 9), Language.ENGLISH, "MRN-7001"));
        int clients = count("client");
        int teams = count("care_team");

        InvalidInput refused = assertThrows(InvalidInput.class, () -> register(MARIA, new NewClient("MEI", " tanaka ",
                "May", null, LocalDate.of(1966, 3, 9), Language.ENGLISH, "MRN-7002")));

        assertEquals("Mei Tanaka (record number MRN-7001) is already registered with the same name and date of birth"
                + " 1966-03-09; open their record, or check the name and date of birth.", refused.getMessage());
        assertEquals(clients, count("client"), "nothing saved");
        assertEquals(teams, count("care_team"), "no team made either");
    }

    @Test
    void theSameNameBornOnAnotherDayIsAnotherPerson() {
        register(MARIA, new NewClient("Sam", "Jones", null, null, LocalDate.of(1991, 1, 1), Language.ENGLISH, "MRN-8001"));
        RegisteredClient second = register(MARIA, new NewClient("Sam", "Jones", null, null, LocalDate.of(1992, 1, 1),
                Language.ENGLISH, "MRN-8002"));

        assertEquals("Sam Jones", second.displayName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"givenName", "familyName", "preferredName", "pronouns", "dateOfBirth", "recordNumber",
            "language"})
    void badInputIsRefusedBesideItsFieldAndSavesNothing(String field) {
        int clients = count("client");
        int plans = count("care_plan");
        NewClient typed = switch (field) {
            case "givenName" -> new NewClient(" ", "Ng", null, null, LocalDate.of(1990, 1, 1), Language.ENGLISH, "BAD-1");
            case "familyName" -> new NewClient("Kim", "<script>x</script>", null, null, LocalDate.of(1990, 1, 1),
                    Language.ENGLISH, "BAD-1");
            case "preferredName" -> new NewClient("Kim", "Ng", "K\u0000im", null, LocalDate.of(1990, 1, 1),
                    Language.ENGLISH, "BAD-1");
            case "pronouns" -> new NewClient("Kim", "Ng", null, "x".repeat(41), LocalDate.of(1990, 1, 1),
                    Language.ENGLISH, "BAD-1");
            case "dateOfBirth" -> new NewClient("Kim", "Ng", null, null, TODAY.plusDays(1), Language.ENGLISH, "BAD-1");
            case "recordNumber" -> new NewClient("Kim", "Ng", null, null, LocalDate.of(1990, 1, 1), Language.ENGLISH,
                    "BAD 1");
            default -> new NewClient("Kim", "Ng", null, null, LocalDate.of(1990, 1, 1), null, "BAD-1");
        };

        InvalidInput refused = assertThrows(InvalidInput.class, () -> register(MARIA, typed));

        assertEquals(field, refused.field().orElseThrow(), refused.getMessage());
        assertEquals(clients, count("client"));
        assertEquals(plans, count("care_plan"));
    }

    @Test
    void aRegisteredClientsTeamIsFormedByTheLeadWhoRegisteredThem() {
        RegisteredClient registered = register(MARIA, new NewClient("Ana", "Lima", null, null, LocalDate.of(1988, 8, 8),
                Language.ENGLISH, "MRN-9001"));
        CareTeamFormation formation = database.careTeamFormation(MARIA);
        long sam = database.query("select id from staff_member where username = 'sam.rivera'", result -> {
            result.next();
            return result.getLong(1);
        });

        TeamFormationView team = database.call(() -> formation.appoint(registered.clientId(), sam, TeamRole.MEMBER, TODAY));

        assertEquals(List.of("Maria Gomez, RN", "Sam Rivera, LCSW"),
                team.membersToday().stream().map(MembershipView::name).toList());
    }

    private static int count(String table) {
        return database.query("select count(*) from " + table, result -> {
            result.next();
            return result.getInt(1);
        });
    }
}
