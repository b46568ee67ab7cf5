package care.alliance.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.Role;
import care.alliance.account.FakeKeycloak;
import care.alliance.team.SmallClinic;
import care.alliance.testing.Accounts;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every portal-account operation × every kind of caller: care managers and clinic-admin may;
 * everyone else (each clinician discipline, a client — the client themself too — and someone with
 * no role) is refused, the refusal is audited, Keycloak is never asked and nothing changes.
 */
class PortalAccountAuthorizationMatrixTest {

    private static ClinicDatabase database;
    private static long clientId;

    enum Operation {
        VIEW_PORTAL_ACCOUNT(accounts -> accounts.of(clientId)),
        OPEN_PORTAL_ACCOUNT(accounts -> accounts.open(clientId, "portal." + System.nanoTime(), "")),
        CLOSE_PORTAL_ACCOUNT(accounts -> accounts.close(clientId, true));

        final Function<PortalAccounts, Object> call;

        Operation(Function<PortalAccounts, Object> call) {
            this.call = call;
        }
    }

    @BeforeAll
    static void openTheClinic() {
        database = ClinicDatabase.migrated();
        SmallClinic.openIn(database);
        clientId = database.call(() -> database.clientRegistration(SmallClinic.ROBIN_IT).register(new NewClient("Matrix",
                "Client", "", "", LocalDate.of(1990, 1, 1), Language.ENGLISH, "MRN-MATRIX"))).clientId();
    }

    @AfterAll
    static void closeTheClinic() {
        database.close();
    }

    static Stream<Arguments> refusedCallers() {
        List<Caller> callers = new ArrayList<>(Arrays.stream(Role.values())
                .filter(role -> role != Role.CLINIC_ADMIN && role != Role.CARE_MANAGER)
                .map(role -> Accounts.signedIn("someone." + role.realmName(), role))
                .toList());
        callers.add(SmallClinic.NOBODY);
        callers.add(SmallClinic.SAM);
        callers.add(SmallClinic.PRIYA);
        callers.add(SmallClinic.ALEX_PORTAL);
        List<Arguments> cases = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            for (Caller caller : callers) {
                cases.add(arguments(operation, caller));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("refusedCallers")
    void everyoneButCareManagersAndClinicAdminIsRefusedAndTheRefusalIsAudited(Operation operation, Caller caller) {
        FakeKeycloak keycloak = new FakeKeycloak();
        long mark = database.lastAuditEventId();
        String before = clientRecord();

        assertThrows(AccessRefused.class, () -> call(caller, keycloak, operation));

        List<AuditRow> events = database.auditEventsAfter(mark);
        assertEquals(1, events.size(), events.toString());
        assertEquals(List.of(operation.name(), "REFUSED", caller.username(), caller.accountId()),
                List.of(events.get(0).action(), events.get(0).outcome(), events.get(0).actor(),
                        events.get(0).actorAccountId()));
        assertTrue(keycloak.accounts.isEmpty() && keycloak.sessionsEnded.isEmpty(), "Keycloak was not asked");
        assertEquals(before, clientRecord(), "nothing changed");
    }

    static Stream<Arguments> allowedCallers() {
        List<Arguments> cases = new ArrayList<>();
        for (Caller caller : List.of(SmallClinic.MARIA, SmallClinic.JON, SmallClinic.ROBIN_IT,
                Accounts.signedIn("someone.care-manager", Role.CARE_MANAGER))) {
            // in order: view, open, close — each caller opens and then closes the account again
            for (Operation operation : Operation.values()) {
                cases.add(arguments(operation, caller));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("allowedCallers")
    void careManagersAndClinicAdminMayDoEachAndItIsAudited(Operation operation, Caller caller) {
        FakeKeycloak keycloak = new FakeKeycloak();
        long mark = database.lastAuditEventId();

        call(caller, keycloak, operation);

        assertTrue(database.auditEventsAfter(mark).stream().anyMatch(row -> row.action().equals(operation.name())
                && row.outcome().equals("ALLOWED") && row.actor().equals(caller.username())));
    }

    private static Object call(Caller caller, FakeKeycloak keycloak, Operation operation) {
        PortalAccounts accounts = database.portalAccounts(caller, keycloak, keycloak);
        return database.call(() -> operation.call.apply(accounts));
    }

    private static String clientRecord() {
        return database.query("select version || '/' || coalesce(account_id, '-') from client where id = " + clientId,
                result -> {
                    result.next();
                    return result.getString(1);
                });
    }
}
