package care.alliance.team;

import static care.alliance.team.SmallClinic.INES;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.team.SmallClinic.YESTERDAY;
import static care.alliance.testing.ClinicDatabase.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.client.Language;
import care.alliance.client.NewClient;
import care.alliance.client.RegisteredClient;
import care.alliance.rules.InvalidInput;
import care.alliance.team.SmallClinic.Person;
import care.alliance.testing.ClinicDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Caseloads are read from the teams, so they follow the formation of a team at once: an appointed
 * clinician sees the client the same day, a released one no longer does, and the team's history
 * keeps both.
 */
class CaseloadsFollowTeamFormationTest {

    private ClinicDatabase database;
    private SmallClinic clinic;

    @BeforeEach
    void openTheClinic() {
        database = ClinicDatabase.migrated();
        clinic = TeamFormationMatrixTest.openWithJonOnAlexsTeam(database);
    }

    @AfterEach
    void closeTheClinic() {
        database.close();
    }

    @Test
    void anAppointedClinicianSeesTheClientTheSameDayAndAReleasedOneNoLongerDoes() {
        long ines = TeamFormationMatrixTest.staffId(database, "ines.novak");
        long alex = clinic.clientId(Person.ALEX);
        assertEquals(List.of(), caseloadOf(INES));

        formation(MARIA).appoint(alex, ines, TeamRole.MEMBER, TODAY.minusDays(7));
        assertEquals(List.of("Alex Morgan"), caseloadOf(INES));
        assertEquals("Alex Morgan", database.call(() -> database.careTeamService(INES).careTeamOf(alex)).clientName());

        TeamFormationView after = formation(MARIA).release(alex, ines, YESTERDAY, "Consultation finished");
        assertEquals(List.of(), caseloadOf(INES));
        assertThrows(AccessRefused.class, () -> database.call(() -> database.careTeamService(INES).careTeamOf(alex)));

        MembershipView kept = after.history().stream().filter(member -> member.staffMemberId() == ines)
                .findFirst().orElseThrow();
        assertEquals(TODAY.minusDays(7), kept.startsOn());
        assertEquals(YESTERDAY, kept.endsOn());
        assertEquals("Consultation finished", kept.releaseReason());
    }

    @Test
    void aClientRegisteredByACareManagerIsOnTheirCaseloadAndOnTheCaseloadOfWhomTheyAppoint() {
        RegisteredClient registered = database.call(() -> database.clientRegistration(MARIA).register(new NewClient(
                "Noa", "Levi", null, null, LocalDate.of(2000, 10, 10), Language.ENGLISH, "MRN-4242")));
        long sam = TeamFormationMatrixTest.staffId(database, "sam.rivera");

        formation(MARIA).appoint(registered.clientId(), sam, TeamRole.MEMBER, TODAY);

        assertEquals(true, caseloadOf(MARIA).contains("Noa Levi"));
        assertEquals(true, caseloadOf(SAM).contains("Noa Levi"));
    }

    @Test
    void aRefusedAppointmentChangesNoCaseload() {
        long sam = TeamFormationMatrixTest.staffId(database, "sam.rivera");
        long alex = clinic.clientId(Person.ALEX);
        List<String> before = caseloadOf(SAM);

        InvalidInput overlapping = assertThrows(InvalidInput.class,
                () -> formation(MARIA).appoint(alex, sam, TeamRole.MEMBER, TODAY));
        assertEquals("firstDayOnTeam", overlapping.field().orElseThrow());
        InvalidInput endsBefore = assertThrows(InvalidInput.class, () -> formation(MARIA).release(alex, sam,
                LocalDate.of(2025, 1, 1), "Moved"));
        assertEquals("lastDayOnTeam", endsBefore.field().orElseThrow());
        InvalidInput unknown = assertThrows(InvalidInput.class,
                () -> formation(MARIA).appoint(alex, 999_999L, TeamRole.MEMBER, TODAY));
        assertEquals("staffMember", unknown.field().orElseThrow());

        assertEquals(before, caseloadOf(SAM));
    }

    private CareTeamFormationCalls formation(Caller caller) {
        return new CareTeamFormationCalls(database, caller);
    }

    private List<String> caseloadOf(Caller caller) {
        return database.call(() -> database.careTeamService(caller).myCaseload(ClinicDatabase.EVERY_CLIENT).entries()).stream()
                .map(entry -> entry.team().clientName()).toList();
    }

    /** The formation's calls, each in a transaction of its own as a request runs it. */
    private record CareTeamFormationCalls(ClinicDatabase database, Caller caller) {

        TeamFormationView appoint(long clientId, Long staffId, TeamRole role, LocalDate from) {
            return database.call(() -> database.careTeamFormation(caller).appoint(clientId, staffId, role, from));
        }

        TeamFormationView release(long clientId, Long staffId, LocalDate lastDay, String reason) {
            return database.call(() -> database.careTeamFormation(caller).release(clientId, staffId, lastDay, reason));
        }
    }
}
