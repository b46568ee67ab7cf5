package care.alliance.staff;

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
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every staff operation × every kind of caller: only clinic-admin may; everyone else (each
 * clinician discipline, a client, someone with no role, a clinician administering themself) is
 * refused, the refusal is audited, and Keycloak is never asked.
 */
class StaffAuthorizationMatrixTest {

    private static ClinicDatabase database;
    private static long samId;

    enum Operation {
        VIEW_STAFF_DIRECTORY(staff -> staff.directory("", 0)),
        VIEW_STAFF_MEMBER(staff -> staff.staffMember(samId)),
        ADD_STAFF_MEMBER(staff -> staff.add(new NewStaffMember("New", "Person", "PSYCHIATRY", "MD",
                "new.person" + System.nanoTime(), "new@clinic.example", false))),
        CHANGE_DISCIPLINE(staff -> staff.changeDiscipline(samId, "PSYCHOTHERAPY".equals(discipline())
                ? "CARE_MANAGEMENT" : "PSYCHOTHERAPY")),
        RESET_PASSWORD(staff -> staff.resetPassword(samId)),
        LET_GO_STAFF_MEMBER(staff -> staff.letGo(samId, true));

        final Function<StaffAdministration, Object> call;

        Operation(Function<StaffAdministration, Object> call) {
            this.call = call;
        }

        String audited() {
            return this == VIEW_STAFF_MEMBER ? "VIEW_STAFF_DIRECTORY" : name();
        }
    }

    @BeforeAll
    static void openTheClinic() {
        database = ClinicDatabase.migrated();
        SmallClinic.openIn(database);
        samId = database.query("select id from staff_member where username = 'sam.rivera'", result -> {
            result.next();
            return result.getLong(1);
        });
    }

    @AfterAll
    static void closeTheClinic() {
        database.close();
    }

    static Stream<Arguments> refusedCallers() {
        List<Arguments> cases = new ArrayList<>();
        List<Caller> callers = new ArrayList<>(Arrays.stream(Role.values())
                .filter(role -> role != Role.CLINIC_ADMIN)
                .map(role -> Accounts.signedIn("someone." + role.realmName(), role))
                .toList());
        callers.add(SmallClinic.NOBODY);
        callers.add(SmallClinic.SAM);
        callers.add(SmallClinic.MARIA);
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
        long mark = database.lastAuditEventId();
        String before = staffRecords();

        assertThrows(AccessRefused.class, () -> call(caller, keycloak, operation));

        List<AuditRow> events = database.auditEventsAfter(mark);
        assertEquals(1, events.size(), events.toString());
        assertEquals(List.of(operation.audited(), "REFUSED", caller.username(), caller.accountId()),
                List.of(events.get(0).action(), events.get(0).outcome(), events.get(0).actor(),
                        events.get(0).actorAccountId()));
        assertTrue(keycloak.accounts.isEmpty() && keycloak.sessionsEnded.isEmpty(), "Keycloak was not asked");
        assertEquals(before, staffRecords(), "nothing changed");
    }

    static Stream<Operation> operations() {
        // Letting go comes last: after it, Sam's account takes no more changes.
        return Arrays.stream(Operation.values());
    }

    @ParameterizedTest(name = "{0} by clinic-admin")
    @MethodSource("operations")
    void clinicAdminMayDoEachAndItIsAudited(Operation operation) {
        FakeKeycloak keycloak = new FakeKeycloak();
        long mark = database.lastAuditEventId();

        call(SmallClinic.ROBIN_IT, keycloak, operation);

        assertTrue(database.auditEventsAfter(mark).stream().anyMatch(row -> row.action().equals(operation.audited())
                && row.outcome().equals("ALLOWED")));
    }

    private static Object call(Caller caller, FakeKeycloak keycloak, Operation operation) {
        StaffAdministration administration = database.staffAdministration(caller, keycloak, keycloak);
        return database.call(() -> operation.call.apply(administration));
    }

    private static String discipline() {
        return database.query("select discipline from staff_member where id = " + samId, result -> {
            result.next();
            return result.getString(1);
        });
    }

    private static String staffRecords() {
        return database.query("select count(*), sum(version), count(let_go_on) from staff_member", result -> {
            result.next();
            return result.getLong(1) + "/" + result.getLong(2) + "/" + result.getLong(3);
        });
    }
}
