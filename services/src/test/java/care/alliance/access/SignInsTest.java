package care.alliance.access;

import static care.alliance.team.SmallClinic.Person.ALEX;
import static care.alliance.team.SmallClinic.Person.BLAKE;
import static care.alliance.team.SmallClinic.Person.CASEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.team.CareTeamService;
import care.alliance.team.CaseloadEntry;
import care.alliance.team.SmallClinic;
import care.alliance.testing.Accounts;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** People are their Keycloak account, whatever its user name: renaming it changes nothing they see. */
class SignInsTest {

    private ClinicDatabase database;

    @BeforeEach
    void openTheClinic() {
        database = ClinicDatabase.migrated();
        SmallClinic.openIn(database);
    }

    @AfterEach
    void closeTheClinic() {
        database.close();
    }

    @Test
    void aRenamedAccountKeepsItsCaseloadAndItsAuditTrailAndItsNewNameIsShown() {
        String sams = Accounts.idOf("sam.rivera");
        Caller renamed = Caller.of(sams, "sam.rivera-lopez", Role.THERAPIST);
        long mark = database.lastAuditEventId();

        signIn(sams, "sam.rivera-lopez");

        assertEquals(List.of(CASEY.displayName(), ALEX.displayName()), caseloadOf(renamed), "by family name");
        assertEquals("sam.rivera-lopez", usernameOfStaff(sams));
        List<AuditRow> events = database.auditEventsAfter(mark);
        assertTrue(!events.isEmpty() && events.stream().allMatch(row -> sams.equals(row.actorAccountId())
                && "sam.rivera-lopez".equals(row.actor())), "the audit continues under the same account id: " + events);
    }

    @Test
    void theOldUserNameOnAnotherAccountSeesNothing() {
        signIn(Accounts.idOf("sam.rivera"), "sam.rivera-lopez");
        Caller impostor = Caller.of("a-new-account-given-the-old-name", "sam.rivera", Role.THERAPIST);

        assertEquals(List.of(), caseloadOf(impostor));
    }

    @Test
    void aClientsRenamedPortalAccountStillOpensTheirOwnTeam() {
        String alexs = Accounts.idOf("alex.morgan");
        signIn(alexs, "alex.m");

        CareTeamService service = database.careTeamService(Caller.of(alexs, "alex.m", Role.CLIENT));
        assertEquals(ALEX.displayName(), database.call(service::myCareTeam).clientName());
    }

    @Test
    void someoneRecordedBeforeAccountIdsIsLinkedAtTheirFirstSignInByUserNameAndOnlyOnce() {
        database.inTransaction(em -> em.createNativeQuery(
                "update staff_member set account_id = null where username = 'noor.ali'").executeUpdate());
        String noors = "kc-noor";

        signIn(noors, "noor.ali");
        signIn("kc-someone-else", "noor.ali");

        assertEquals(List.of(BLAKE.displayName()), caseloadOf(Caller.of(noors, "noor.ali", Role.THERAPIST)));
        assertEquals(List.of(), caseloadOf(Caller.of("kc-someone-else", "noor.ali", Role.THERAPIST)));
    }

    private void signIn(String accountId, String username) {
        database.inTransaction(em -> {
            new SignIns(em).signedIn(accountId, username);
            return null;
        });
    }

    private List<String> caseloadOf(Caller caller) {
        CareTeamService service = database.careTeamService(caller);
        return database.call(() -> service.myCaseload(ClinicDatabase.EVERY_CLIENT).entries()).stream().map(entry -> entry.team().clientName()).toList();
    }

    private String usernameOfStaff(String accountId) {
        return database.query("select username from staff_member where account_id = '" + accountId + "'", result -> {
            result.next();
            return result.getString(1);
        });
    }

}
