package care.alliance.team;

import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.ROBIN_IT;
import static care.alliance.testing.ClinicDatabase.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.Caller;
import care.alliance.careplan.JpaCarePlans;
import care.alliance.client.Client;
import care.alliance.client.ClientRegistration;
import care.alliance.client.ClientRegistrationWiring;
import care.alliance.client.Clients;
import care.alliance.client.JpaClients;
import care.alliance.client.Language;
import care.alliance.client.NewClient;
import care.alliance.rules.InvalidInput;
import care.alliance.team.SmallClinic.Person;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.ClinicDatabase.Attempt;
import care.alliance.testing.FixedCaller;
import care.alliance.testing.Together;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two people enrolling at once: the same record number registered eight times at the same moment
 * is kept once, and the same person appointed to one team eight times at once is on it once; every
 * other attempt is refused with the rules' words (the database's unique record number, the team's
 * lock), none fails with an error.
 */
@Tag("race")
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class EnrolmentRacesTest {

    private static final int PEOPLE = 8;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static ClinicDatabase database;
    private static SmallClinic clinic;

    @BeforeAll
    static void openTheClinic() {
        database = ClinicDatabase.migrated();
        clinic = TeamFormationMatrixTest.openWithJonOnAlexsTeam(database);
    }

    @AfterAll
    static void closeTheClinic() {
        database.close();
    }

    @Test
    void oneRecordNumberRegisteredByManyAtOnceIsKeptOnce() {
        Together everyoneLookedForTheNumber = Together.of(PEOPLE);
        List<Supplier<Object>> registrations = IntStream.range(0, PEOPLE)
                .<Supplier<Object>>mapToObj(person -> () -> registeringTogether(person % 2 == 0 ? MARIA : ROBIN_IT,
                                everyoneLookedForTheNumber)
                        .register(new NewClient("Racer" + (char) ('a' + person), "Same", null, null,
                                LocalDate.of(1970, 1, 1 + person), Language.ENGLISH, "RACE-1")))
                .toList();

        long mark = database.lastAuditEventId();
        List<Attempt<Object>> attempts = database.callTogether(registrations, PATIENCE);

        everyoneLookedForTheNumber.assertEveryoneArrived();
        assertEquals(1, attempts.stream().filter(Attempt::succeeded).count(), outcomes(attempts));
        assertEquals(PEOPLE - 1, database.auditEventsAfter(mark).stream()
                .filter(event -> event.action().equals("REGISTER_CLIENT") && event.outcome().equals("REFUSED")).count(),
                "every refused registration is on record");
        assertTrue(attempts.stream().filter(attempt -> !attempt.succeeded())
                .allMatch(attempt -> attempt.failure() instanceof InvalidInput refused
                        && refused.field().orElseThrow().equals("recordNumber")), outcomes(attempts));
        assertEquals(1, count("select count(*) from client where record_number = 'RACE-1'"));
        assertEquals(1, count("select count(*) from care_plan p join client c on c.id = p.client_id"
                + " where c.record_number = 'RACE-1'"), "the client kept has its plan");
        assertEquals(1, count("select count(*) from care_team t join client c on c.id = t.client_id"
                + " where c.record_number = 'RACE-1'"), "and its team");
        assertEquals(0, count("select count(*) from client where family_name = 'Same' and record_number is null"),
                "nothing was kept of the refused");
    }

    @Test
    void onePersonAppointedToATeamByManyAtOnceIsOnItOnce() {
        long ines = TeamFormationMatrixTest.staffId(database, "ines.novak");
        long blake = clinic.clientId(Person.BLAKE);
        Together everyoneIsAppointing = Together.of(PEOPLE);
        List<Supplier<Object>> appointments = IntStream.range(0, PEOPLE)
                .<Supplier<Object>>mapToObj(person -> () -> appointingTogether(person % 2 == 0 ? MARIA : ROBIN_IT,
                                everyoneIsAppointing)
                        .appoint(blake, ines, TeamRole.MEMBER, TODAY.minusDays(person)))
                .toList();

        List<Attempt<Object>> attempts = database.callTogether(appointments, PATIENCE);

        everyoneIsAppointing.assertEveryoneArrived();
        assertEquals(1, attempts.stream().filter(Attempt::succeeded).count(), outcomes(attempts));
        assertTrue(attempts.stream().filter(attempt -> !attempt.succeeded())
                .allMatch(attempt -> attempt.failure() instanceof InvalidInput refused
                        && refused.field().orElseThrow().equals("firstDayOnTeam")), outcomes(attempts));
        assertEquals(1, count("select count(*) from care_team_member where staff_member_id = " + ines));
    }

    /**
     * Registration as usual, except that everyone has looked for the record number, and found it
     * free, before anyone stores their client: only the database's unique record number is left
     * to keep them apart.
     */
    private static ClientRegistration registeringTogether(Caller caller, Together everyoneLookedForTheNumber) {
        Clients clients = new JpaClients(database.entityManager()) {
            @Override
            public void add(Client client) {
                everyoneLookedForTheNumber.waitForEveryone();
                super.add(client);
            }
        };
        return ClientRegistrationWiring.wire(clients, new JpaCarePlans(database.entityManager()),
                new JpaCareTeams(database.entityManager(), database.thisTransaction()), new JpaStaffMembers(database.entityManager()),
                new FixedCaller(caller), database.auditTrail(), database.clock());
    }

    /** Team formation as usual, except that everyone is on their way before anyone takes the team's lock. */
    private static CareTeamFormation appointingTogether(Caller caller, Together everyoneIsAppointing) {
        CareTeams teams = new JpaCareTeams(database.entityManager(), database.thisTransaction()) {
            @Override
            public Optional<CareTeam> ofClientForChange(long clientId) {
                everyoneIsAppointing.waitForEveryone();
                return super.ofClientForChange(clientId);
            }
        };
        return CareTeamFormationWiring.wire(teams, new JpaStaffMembers(database.entityManager()),
                new FixedCaller(caller), database.auditTrail(), database.clock());
    }

    private static String outcomes(List<Attempt<Object>> attempts) {
        return attempts.stream().map(attempt -> attempt.succeeded() ? "saved" : String.valueOf(attempt.failure()))
                .toList().toString();
    }

    private static int count(String sql) {
        return database.query(sql, result -> {
            result.next();
            return result.getInt(1);
        });
    }
}
