package care.alliance.goal;

import static care.alliance.team.Discipline.PSYCHIATRY;
import static care.alliance.team.Discipline.PSYCHOTHERAPY;
import static care.alliance.team.SmallClinic.Person.ALEX;
import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.SAM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import care.alliance.team.CaseloadEntry;
import care.alliance.team.SmallClinic;
import care.alliance.testing.ClinicDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A caseload row says how many of the client's goals wait for whose agreement. */
class CaseloadShowsWhoseAgreementIsAwaitedTest {

    private static ClinicDatabase database;
    private static GoalDesk desk;

    @BeforeAll
    static void openTheClinic() {
        database = ClinicDatabase.migrated();
        desk = new GoalDesk(database, SmallClinic.openIn(database));
    }

    @AfterAll
    static void closeTheClinic() {
        database.close();
    }

    @Test
    void eachPartyIsCountedForTheGoalsThatWaitForItsAgreement() {
        long alex = desk.clientId(ALEX);
        GoalView walking = desk.as(SAM, goals -> goals.propose(alex, GoalDesk.content("Walk most days", PSYCHOTHERAPY, PSYCHIATRY)));
        desk.as(SAM, goals -> goals.propose(alex, GoalDesk.content("Call my sister on Sundays", PSYCHOTHERAPY)));
        GoalView agreed = desk.as(SAM, goals -> goals.propose(alex, GoalDesk.content("Sleep before midnight", PSYCHOTHERAPY)));
        desk.as(ALEX_PORTAL, goals -> goals.respond(agreed.id(), agreed.version(), Response.AGREE, null));

        assertEquals(List.of(new CaseloadEntry.Waiting(Party.CLIENT, 2), new CaseloadEntry.Waiting(Party.PSYCHIATRY, 1)),
                waitingOnAlexsRow(), "two goals wait for Alex, one for psychiatry; the agreed one waits for nobody");

        desk.as(PRIYA, goals -> goals.respond(walking.id(), walking.version(), Response.AGREE, null));

        assertEquals(List.of(new CaseloadEntry.Waiting(Party.CLIENT, 2)), waitingOnAlexsRow());
    }

    private static List<CaseloadEntry.Waiting> waitingOnAlexsRow() {
        long alex = desk.clientId(ALEX);
        return database.call(() -> database.careTeamService(SAM).myCaseload(ClinicDatabase.EVERY_CLIENT).entries()).stream()
                .filter(entry -> entry.team().clientId() == alex)
                .findFirst()
                .orElseThrow()
                .waiting();
    }
}
