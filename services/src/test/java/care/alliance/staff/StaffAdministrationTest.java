package care.alliance.staff;

import static care.alliance.team.SmallClinic.Person.ALEX;
import static care.alliance.team.SmallClinic.Person.CASEY;
import static care.alliance.team.SmallClinic.ROBIN_IT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import care.alliance.access.Role;
import care.alliance.account.AccountRefused;
import care.alliance.account.AccountsUnavailable;
import care.alliance.account.FakeKeycloak;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.Refusal;
import care.alliance.team.JpaStaffMembers;
import care.alliance.team.SmallClinic;
import care.alliance.testing.Accounts;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Clinic IT takes staff on, changes them and lets them go; Alliance and Keycloak never disagree. */
class StaffAdministrationTest {

    private static final NewStaffMember TESSA = new NewStaffMember("Tessa", "Nguyen", "PSYCHOTHERAPY", "LCSW",
            "tessa.nguyen", "tessa.nguyen@clinic.example", false);

    private ClinicDatabase database;
    private FakeKeycloak keycloak;

    @BeforeEach
    void openTheClinic() {
        database = ClinicDatabase.migrated();
        SmallClinic.openIn(database);
        keycloak = new FakeKeycloak();
    }

    @AfterEach
    void closeTheClinic() {
        database.close();
    }

    @Test
    void clinicItAddsATherapistWhoseAccountHasTheTherapistRoleAndAOneTimePassword() {
        long mark = database.lastAuditEventId();

        AccountHandedOver added = asClinicIt(staff -> staff.add(TESSA));

        FakeKeycloak.Account account = keycloak.accounts.values().iterator().next();
        assertEquals("tessa.nguyen", account.username);
        assertEquals(Role.THERAPIST, account.role);
        assertEquals(added.temporaryPassword(), account.password);
        assertTrue(added.temporaryPassword().matches("(?=.*[A-Z])(?=.*[a-z])(?=.*[0-9])[A-Za-z0-9]{16}"),
                added.temporaryPassword());
        assertNotEquals(added.temporaryPassword(), asClinicIt(staff -> staff.resetPassword(added.staffId()))
                .temporaryPassword(), "each temporary password is new");
        StaffEntry entry = asClinicIt(staff -> staff.staffMember(added.staffId()));
        assertEquals("Tessa Nguyen", entry.name());
        assertEquals("LCSW", entry.credentials());
        assertEquals("tessa.nguyen@clinic.example", entry.email());
        assertTrue(entry.isActive());
        assertEquals(List.of(), entry.teamsToday());
        AuditRow event = database.auditEventsAfter(mark).get(0);
        assertEquals(List.of("ADD_STAFF_MEMBER", "ALLOWED", "StaffMember", "robin.it", Accounts.idOf("robin.it")),
                List.of(event.action(), event.outcome(), event.recordType(), event.actor(), event.actorAccountId()));
        assertEquals(added.staffId(), event.recordId());
        assertTrue(event.reason().contains("tessa.nguyen (therapist)"), event.reason());
    }

    @Test
    void anAuthenticatorAppCanBeRequiredFromTheFirstSignIn() {
        asClinicIt(staff -> staff.add(new NewStaffMember("Tessa", "Nguyen", "PSYCHOTHERAPY", null, "tessa.nguyen",
                "tessa.nguyen@clinic.example", true)));

        assertTrue(keycloak.accounts.values().iterator().next().authenticatorApp);
    }

    @Test
    void withKeycloakDownAddingIsRefusedAndNothingIsLeftBehind() {
        keycloak.down();
        long staffBefore = staffCount();
        long mark = database.lastAuditEventId();

        AccountsUnavailable refused = assertThrows(AccountsUnavailable.class, () -> asClinicIt(staff -> staff.add(TESSA)));

        assertTrue(refused.message(Locale.ENGLISH).startsWith("Keycloak, where Alliance keeps"), refused.getMessage());
        assertTrue(refused.message(Locale.forLanguageTag("es")).startsWith("No se puede llegar a Keycloak"));
        assertEquals(staffBefore, staffCount());
        assertTrue(keycloak.accounts.isEmpty());
        assertEquals("REFUSED", database.auditEventsAfter(mark).get(0).outcome());
    }

    @Test
    void aStaffMemberThatCannotBeSavedTakesItsNewAccountBackWithIt() {
        JpaStaffMembers failingToSave = new JpaStaffMembers(database.entityManager()) {
            @Override
            public void flush() {
                throw new IllegalStateException("the database went away");
            }
        };

        assertThrows(ChangeRefused.class, () -> database.call(() -> database.staffAdministration(ROBIN_IT,
                failingToSave, keycloak, keycloak).add(TESSA)));

        assertTrue(keycloak.accounts.isEmpty(), "no account without its staff member");
    }

    @Test
    void aUserNameAlreadyTakenInAllianceOrKeycloakIsRefusedBesideItsField() {
        AccountRefused inAlliance = assertThrows(AccountRefused.class, () -> asClinicIt(staff -> staff.add(
                new NewStaffMember("Sam", "Other", "PSYCHIATRY", null, "sam.rivera", "s@clinic.example", false))));
        asClinicIt(staff -> staff.add(TESSA));
        database.inTransaction(em -> em.createNativeQuery("delete from staff_member where username = 'tessa.nguyen'")
                .executeUpdate());
        AccountRefused inKeycloak = assertThrows(AccountRefused.class, () -> asClinicIt(staff -> staff.add(TESSA)));

        assertEquals("username", inAlliance.field().orElseThrow());
        assertEquals("username", inKeycloak.field().orElseThrow());
        assertEquals("Another account already has this user name; choose another.", inKeycloak.message(Locale.ENGLISH));
        assertEquals("Otra cuenta ya tiene este nombre de usuario; elige otro.",
                inKeycloak.message(Locale.forLanguageTag("es")));
        assertEquals(1, keycloak.accounts.size());
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                arguments(new NewStaffMember(" ", "Nguyen", "PSYCHOTHERAPY", null, "t.n", "t@clinic.example", false), "givenName"),
                arguments(new NewStaffMember("Tessa", "", "PSYCHOTHERAPY", null, "t.nn", "t@clinic.example", false), "familyName"),
                arguments(new NewStaffMember("<b>Tessa</b>", "Nguyen", "PSYCHOTHERAPY", null, "t.nn", "t@clinic.example", false), "givenName"),
                arguments(new NewStaffMember("Tessa", "Ngu\u0000yen", "PSYCHOTHERAPY", null, "t.nn", "t@clinic.example", false), "familyName"),
                arguments(new NewStaffMember("Tessa", "Nguyen", "SURGERY", null, "t.nn", "t@clinic.example", false), "discipline"),
                arguments(new NewStaffMember("Tessa", "Nguyen", null, null, "t.nn", "t@clinic.example", false), "discipline"),
                arguments(new NewStaffMember("Tessa", "Nguyen", "PSYCHOTHERAPY", "<script>", "t.nn", "t@clinic.example", false), "credentials"),
                arguments(new NewStaffMember("Tessa", "Nguyen", "PSYCHOTHERAPY", null, "tessa nguyen", "t@clinic.example", false), "username"),
                arguments(new NewStaffMember("Tessa", "Nguyen", "PSYCHOTHERAPY", null, "", "t@clinic.example", false), "username"),
                arguments(new NewStaffMember("Tessa", "Nguyen", "PSYCHOTHERAPY", null, "t.nn", "not an address", false), "email"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("badInput")
    void badInputIsRefusedBesideItsFieldInEnglishAndSpanishAndNothingChanges(NewStaffMember form, String field) {
        long staffBefore = staffCount();

        InvalidInput refused = assertThrows(InvalidInput.class, () -> asClinicIt(staff -> staff.add(form)));

        assertEquals(field, refused.field().orElseThrow());
        assertSaidInBoth(refused);
        assertEquals(staffBefore, staffCount());
        assertTrue(keycloak.accounts.isEmpty(), "Keycloak was not asked");
    }

    @Test
    void aChangedDisciplineMovesTheAccountsRoleAndKeycloakDownChangesNothing() {
        long samId = staffId("sam.rivera");

        StaffEntry moved = asClinicIt(staff -> staff.changeDiscipline(samId, "CARE_MANAGEMENT"));
        keycloak.down();
        assertThrows(AccountsUnavailable.class, () -> asClinicIt(staff -> staff.changeDiscipline(samId, "PSYCHIATRY")));

        assertEquals("CARE_MANAGEMENT", moved.discipline().name());
        assertEquals(Role.CARE_MANAGER, keycloak.account(Accounts.idOf("sam.rivera")).role);
        assertEquals("CARE_MANAGEMENT", disciplineOf("sam.rivera"), "rolled back with Keycloak down");
    }

    @Test
    void lettingGoClosesTheAccountEndsItsSessionsAndEveryTeamMembershipToday() {
        long samId = staffId("sam.rivera");
        long mark = database.lastAuditEventId();

        StaffEntry gone = asClinicIt(staff -> staff.letGo(samId, true));

        assertFalse(gone.isActive());
        assertEquals(ClinicDatabase.TODAY, gone.letGoOn());
        assertFalse(keycloak.account(Accounts.idOf("sam.rivera")).enabled);
        assertEquals(List.of(Accounts.idOf("sam.rivera")), keycloak.sessionsEnded);
        assertEquals(0L, (long) database.query("select count(*) from care_team_member m join staff_member s"
                + " on s.id = m.staff_member_id where s.username = 'sam.rivera' and (m.ends_on is null or m.ends_on > '"
                + ClinicDatabase.TODAY + "')", result -> {
                    result.next();
                    return result.getLong(1);
                }), "no membership goes on past today");
        assertTrue(database.auditEventsAfter(mark).stream().anyMatch(row -> row.action().equals("LET_GO_STAFF_MEMBER")
                && row.reason().contains("ending 2 team membership(s)")));
        assertThrows(ChangeRefused.class, () -> asClinicIt(staff -> staff.resetPassword(samId)));
        assertThrows(ChangeRefused.class, () -> asClinicIt(staff -> staff.letGo(samId, true)));
    }

    @Test
    void lettingGoIsConfirmedFirstAndWithKeycloakDownNothingChanges() {
        long samId = staffId("sam.rivera");

        InvalidInput unconfirmed = assertThrows(InvalidInput.class, () -> asClinicIt(staff -> staff.letGo(samId, false)));
        keycloak.down();
        assertThrows(AccountsUnavailable.class, () -> asClinicIt(staff -> staff.letGo(samId, true)));

        assertEquals("confirmLetGo", unconfirmed.field().orElseThrow());
        StaffEntry sam = asClinicIt(staff -> staff.staffMember(samId));
        assertTrue(sam.isActive());
        assertEquals(List.of(CASEY.displayName(), ALEX.displayName()).stream().sorted().toList(),
                sam.teamsToday().stream().sorted().toList(), "still on both teams");
        assertTrue(keycloak.sessionsEnded.isEmpty());
    }

    @Test
    void theDirectoryIsSearchedByNameOrUserNameAndPagedByTheServer() {
        for (int i = 0; i < 25; i++) {
            int number = i;
            asClinicIt(staff -> staff.add(new NewStaffMember("Pat", "Number" + (char) ('a' + number), "PRIMARY_CARE",
                    "RN", "pat.number" + number, "pat" + number + "@clinic.example", false)));
        }

        StaffDirectory first = asClinicIt(staff -> staff.directory("PAT.", 0));
        StaffDirectory second = asClinicIt(staff -> staff.directory("pat.", 1));
        StaffDirectory sam = asClinicIt(staff -> staff.directory("Rivera", 0));
        StaffDirectory bySurname = asClinicIt(staff -> staff.directory("sam riv", 0));
        StaffDirectory nobody = asClinicIt(staff -> staff.directory("100%_", 0));
        StaffDirectory beyond = asClinicIt(staff -> staff.directory("", 99));

        assertEquals(25, first.total());
        assertEquals(StaffAdministration.PAGE_SIZE, first.entries().size());
        assertEquals(5, second.entries().size());
        assertTrue(first.hasNext() && !second.hasNext() && second.hasPrevious());
        assertEquals(List.of("sam.rivera"), sam.entries().stream().map(StaffEntry::username).toList());
        assertEquals(List.of(CASEY.displayName(), ALEX.displayName()).stream().sorted().toList(),
                sam.entries().get(0).teamsToday().stream().sorted().toList());
        assertEquals(1, bySurname.total());
        assertEquals(0, nobody.total());
        assertEquals(beyond.pages() - 1, beyond.page(), "a page past the end shows the last one");
    }

    private <T> T asClinicIt(Function<StaffAdministration, T> call) {
        StaffAdministration administration = database.staffAdministration(ROBIN_IT, keycloak, keycloak);
        return database.call(() -> call.apply(administration));
    }

    private long staffCount() {
        return database.query("select count(*) from staff_member", result -> {
            result.next();
            return result.getLong(1);
        });
    }

    private long staffId(String username) {
        return database.query("select id from staff_member where username = '" + username + "'", result -> {
            result.next();
            return result.getLong(1);
        });
    }

    private String disciplineOf(String username) {
        return database.query("select discipline from staff_member where username = '" + username + "'", result -> {
            result.next();
            return result.getString(1);
        });
    }

    private static void assertSaidInBoth(Refusal refusal) {
        String english = refusal.message(Locale.ENGLISH);
        String spanish = refusal.message(Locale.forLanguageTag("es"));
        assertFalse(english.isBlank() || spanish.isBlank());
        assertNotEquals(english, spanish, "said in Spanish too: " + english);
    }
}
