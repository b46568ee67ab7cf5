package care.alliance.client;

import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.ROBIN_IT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.Role;
import care.alliance.account.AccountRefused;
import care.alliance.account.AccountsUnavailable;
import care.alliance.account.FakeKeycloak;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import care.alliance.team.SmallClinic;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opening and closing clients' portal accounts against a {@link FakeKeycloak}: what Keycloak holds
 * afterwards, what the client's record holds, and that a refusal leaves nothing half-made.
 */
class PortalAccountsTest {

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

    private static long newClient(String recordNumber) {
        return database.call(() -> database.clientRegistration(MARIA).register(new NewClient("Rosa", "Vega" + recordNumber,
                "", "", LocalDate.of(1985, 2, 3), Language.ENGLISH, recordNumber))).clientId();
    }

    private static String link(long clientId) {
        return database.query("select coalesce(account_id, '-') || '/' || coalesce(username, '-') from client where id = "
                + clientId, result -> {
                    result.next();
                    return result.getString(1);
                });
    }

    @Test
    void aCareManagerOpensAPortalAccountWithTheClientRoleAndATemporaryPasswordShownOnce() {
        long clientId = newClient("MRN-7001");
        FakeKeycloak keycloak = new FakeKeycloak();
        long mark = database.lastAuditEventId();

        PortalAccountHandedOver handed = database.call(() -> database.portalAccounts(MARIA, keycloak, keycloak)
                .open(clientId, " Rosa.Vega ", " Rosa@Example.org "));

        assertEquals("rosa.vega", handed.username());
        assertEquals(1, keycloak.accounts.size());
        String accountId = keycloak.accounts.keySet().iterator().next();
        FakeKeycloak.Account account = keycloak.accounts.get(accountId);
        assertEquals(Role.CLIENT, account.role);
        assertEquals(handed.temporaryPassword(), account.password);
        assertEquals(accountId + "/rosa.vega", link(clientId));
        assertFalse(handed.toString().contains(handed.temporaryPassword()), "the password is not logged");
        List<AuditRow> events = database.auditEventsAfter(mark);
        assertEquals(List.of("OPEN_PORTAL_ACCOUNT/ALLOWED"),
                events.stream().map(row -> row.action() + "/" + row.outcome()).toList());
        assertTrue(database.call(() -> database.portalAccounts(ROBIN_IT, keycloak, keycloak).of(clientId)).isOpen());
    }

    @Test
    void aClientIsRegisteredWithAPortalAccountInOneGo() {
        FakeKeycloak keycloak = new FakeKeycloak();

        RegisteredWithPortalAccount registered = database.call(() -> database.clientRegistration(MARIA, keycloak, keycloak)
                .registerWithPortalAccount(new NewClient("Ana", "Sol", "", "", LocalDate.of(1970, 1, 1),
                        Language.SPANISH, "MRN-7010"), "ana.sol", ""));

        assertEquals("ana.sol", registered.account().username());
        assertEquals(keycloak.accounts.keySet().iterator().next() + "/ana.sol", link(registered.client().clientId()));
    }

    @Test
    void aRefusedPortalAccountTakesTheRegistrationBackWithIt() {
        FakeKeycloak keycloak = new FakeKeycloak();
        database.call(() -> database.portalAccounts(MARIA, keycloak, keycloak).open(newClient("MRN-7011"), "held.name", ""));

        assertThrows(AccountRefused.class, () -> database.call(() -> database.clientRegistration(MARIA, keycloak, keycloak)
                .registerWithPortalAccount(new NewClient("Ben", "Ruiz", "", "", LocalDate.of(1971, 1, 1),
                        Language.ENGLISH, "MRN-7012"), "held.name", "")));

        long kept = database.query("select count(*) from client where record_number = 'MRN-7012'", result -> {
            result.next();
            return result.getLong(1);
        });
        assertEquals(0, kept, "no client without the account asked for");
        assertEquals(1, keycloak.accounts.size());
    }

    @Test
    void theEmailAddressIsOptional() {
        long clientId = newClient("MRN-7002");
        FakeKeycloak keycloak = new FakeKeycloak();

        database.call(() -> database.portalAccounts(ROBIN_IT, keycloak, keycloak).open(clientId, "no.mail", " "));

        assertEquals(1, keycloak.accounts.size());
        assertTrue(link(clientId).endsWith("/no.mail"));
    }

    @Test
    void aClientHasOnePortalAccountAtATime() {
        long clientId = newClient("MRN-7003");
        FakeKeycloak keycloak = new FakeKeycloak();
        database.call(() -> database.portalAccounts(MARIA, keycloak, keycloak).open(clientId, "first.one", ""));
        String before = link(clientId);

        assertThrows(ChangeRefused.class, () -> database.call(() -> database.portalAccounts(MARIA, keycloak, keycloak)
                .open(clientId, "second.one", "")));

        assertEquals(1, keycloak.accounts.size());
        assertEquals(before, link(clientId));
    }

    @Test
    void aUserNameKeycloakAlreadyHasIsRefusedBesideTheFieldAndNothingIsKept() {
        long clientId = newClient("MRN-7004");
        FakeKeycloak keycloak = new FakeKeycloak();
        database.call(() -> database.portalAccounts(MARIA, keycloak, keycloak).open(newClient("MRN-7005"), "taken.name", ""));
        long mark = database.lastAuditEventId();

        AccountRefused refused = assertThrows(AccountRefused.class, () -> database.call(() ->
                database.portalAccounts(MARIA, keycloak, keycloak).open(clientId, "taken.name", "")));

        assertEquals("username", refused.field().orElseThrow());
        assertEquals("-/-", link(clientId));
        assertEquals(1, keycloak.accounts.size());
        assertEquals("REFUSED", database.auditEventsAfter(mark).get(0).outcome());
    }

    @Test
    void aBadUserNameOrEmailIsRefusedBesideItsFieldBeforeKeycloakIsAsked() {
        long clientId = newClient("MRN-7006");
        FakeKeycloak keycloak = new FakeKeycloak();

        InvalidInput badName = assertThrows(InvalidInput.class, () -> database.call(() ->
                database.portalAccounts(MARIA, keycloak, keycloak).open(clientId, "<b>x</b>", "")));
        InvalidInput badEmail = assertThrows(InvalidInput.class, () -> database.call(() ->
                database.portalAccounts(MARIA, keycloak, keycloak).open(clientId, "good.name", "not an address")));

        assertEquals("username", badName.field().orElseThrow());
        assertEquals("email", badEmail.field().orElseThrow());
        assertTrue(keycloak.accounts.isEmpty());
        assertEquals("-/-", link(clientId));
    }

    @Test
    void keycloakDownRefusesWithNothingKept() {
        long clientId = newClient("MRN-7007");
        FakeKeycloak keycloak = new FakeKeycloak().down();
        long mark = database.lastAuditEventId();

        assertThrows(AccountsUnavailable.class, () -> database.call(() ->
                database.portalAccounts(MARIA, keycloak, keycloak).open(clientId, "while.down", "")));

        assertEquals("-/-", link(clientId));
        assertEquals("OPEN_PORTAL_ACCOUNT/REFUSED", database.auditEventsAfter(mark).stream()
                .map(row -> row.action() + "/" + row.outcome()).findFirst().orElseThrow());
    }

    @Test
    void closingDisablesTheAccountEndsItsSessionsAndTheClientKeepsTheirPlan() {
        long clientId = newClient("MRN-7008");
        FakeKeycloak keycloak = new FakeKeycloak();
        database.call(() -> database.portalAccounts(MARIA, keycloak, keycloak).open(clientId, "to.close", ""));
        String accountId = keycloak.accounts.keySet().iterator().next();

        PortalAccount closed = database.call(() -> database.portalAccounts(MARIA, keycloak, keycloak).close(clientId, true));

        assertFalse(closed.isOpen());
        assertFalse(keycloak.accounts.get(accountId).enabled);
        assertEquals(List.of(accountId), keycloak.sessionsEnded);
        assertEquals("-/-", link(clientId));
        long plans = database.query("select count(*) from care_plan where client_id = " + clientId, result -> {
            result.next();
            return result.getLong(1);
        });
        assertEquals(1, plans);
        database.call(() -> database.portalAccounts(MARIA, keycloak, keycloak).open(clientId, "opened.again", ""));
        assertTrue(link(clientId).endsWith("/opened.again"), "another may be opened after closing");
    }

    @Test
    void closingMustBeConfirmedAndKeycloakDownLeavesTheAccountLinked() {
        long clientId = newClient("MRN-7009");
        FakeKeycloak keycloak = new FakeKeycloak();
        database.call(() -> database.portalAccounts(MARIA, keycloak, keycloak).open(clientId, "stays.open", ""));
        String before = link(clientId);

        InvalidInput unconfirmed = assertThrows(InvalidInput.class, () -> database.call(() ->
                database.portalAccounts(MARIA, keycloak, keycloak).close(clientId, false)));
        assertThrows(AccountsUnavailable.class, () -> database.call(() ->
                database.portalAccounts(MARIA, keycloak.down(), keycloak).close(clientId, true)));

        assertEquals("confirmClose", unconfirmed.field().orElseThrow());
        assertEquals(before, link(clientId));
        assertTrue(keycloak.sessionsEnded.isEmpty());
    }
}
