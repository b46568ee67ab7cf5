package care.alliance.clinicimport;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the clinic import × every kind of caller: only clinic-admin may; everyone
 * else (each other role, someone with no role, a clinician on teams, the care manager who leads
 * teams, a client on their own plan) is refused, the refusal is audited, Keycloak is never asked
 * and nothing is made.
 */
class ClinicImportAuthorizationMatrixTest {

    private static final ImportFiles ONE_STAFF_MEMBER = new ImportFiles(
            ("given_name,family_name,discipline,username,email\n"
                    + "Ada,First,PSYCHIATRY,ada.first,ada@clinic.example\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
            null, null);

    private static ClinicDatabase database;
    private static ImportRuns runs;

    enum Operation {
        PREVIEW_CLINIC_IMPORT((clinicImport, run) -> clinicImport.preview(ONE_STAFF_MEMBER)),
        IMPORT_CLINIC((clinicImport, run) -> clinicImport.start(ONE_STAFF_MEMBER)),
        VIEW_CLINIC_IMPORT(ClinicImport::progress);

        final BiFunction<ClinicImport, UUID, Object> call;

        Operation(BiFunction<ClinicImport, UUID, Object> call) {
            this.call = call;
        }
    }

    @BeforeAll
    static void openTheClinic() {
        database = ClinicDatabase.migrated();
        SmallClinic.openIn(database);
        runs = new ImportRuns();
    }

    @AfterAll
    static void closeTheClinic() {
        database.close();
    }

    static Stream<Arguments> refusedCallers() {
        List<Caller> callers = new ArrayList<>(Arrays.stream(Role.values())
                .filter(role -> role != Role.CLINIC_ADMIN)
                .map(role -> Accounts.signedIn("someone." + role.realmName(), role))
                .toList());
        callers.add(SmallClinic.NOBODY);
        callers.add(SmallClinic.SAM);
        callers.add(SmallClinic.MARIA);
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
    void everyoneButClinicAdminIsRefusedAndTheRefusalIsAudited(Operation operation, Caller caller) {
        FakeKeycloak keycloak = new FakeKeycloak();
        UUID run = startedByClinicIt(new FakeKeycloak());
        long mark = database.lastAuditEventId();
        String before = records();

        assertThrows(AccessRefused.class, () -> database.call(() -> operation.call.apply(
                ClinicImportWiring.wire(database, caller, keycloak, runs), run)));

        List<AuditRow> events = database.auditEventsAfter(mark);
        assertEquals(1, events.size(), events.toString());
        assertEquals(List.of(operation.name(), "REFUSED", caller.username(), caller.accountId()),
                List.of(events.get(0).action(), events.get(0).outcome(), events.get(0).actor(),
                        events.get(0).actorAccountId()));
        assertTrue(keycloak.accounts.isEmpty(), "Keycloak was not asked");
        assertEquals(before, records(), "nothing made");
    }

    @ParameterizedTest(name = "{0} by clinic-admin")
    @MethodSource("operations")
    void clinicAdminMayDoEachAndItIsAudited(Operation operation) {
        FakeKeycloak keycloak = new FakeKeycloak();
        UUID run = startedByClinicIt(keycloak);
        long mark = database.lastAuditEventId();

        database.call(() -> operation.call.apply(ClinicImportWiring.wire(database, SmallClinic.ROBIN_IT, keycloak, runs), run));

        assertTrue(database.auditEventsAfter(mark).stream().anyMatch(row -> row.action().equals(operation.name())
                && row.outcome().equals("ALLOWED")), database.auditEventsAfter(mark).toString());
    }

    static Stream<Operation> operations() {
        return Arrays.stream(Operation.values());
    }

    private static UUID startedByClinicIt(FakeKeycloak keycloak) {
        return database.call(() -> ClinicImportWiring.wire(database, SmallClinic.ROBIN_IT, keycloak, runs)
                .start(ONE_STAFF_MEMBER));
    }

    private static String records() {
        return database.query("select (select count(*) from staff_member), (select count(*) from client),"
                + " (select count(*) from care_team_member)", result -> {
                    result.next();
                    return result.getLong(1) + "/" + result.getLong(2) + "/" + result.getLong(3);
                });
    }
}
