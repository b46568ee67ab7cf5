package care.alliance.emergency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.person.PersonName;
import care.alliance.rules.InvalidInput;
import care.alliance.team.Discipline;
import care.alliance.team.StaffMember;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmergencyAccessTest {

    static final Instant NOW = Instant.parse("2026-03-16T10:00:00Z");
    static final StaffMember OMAR = new StaffMember("omar-account", "omar.haddad", new PersonName("Omar", "Haddad"),
            Discipline.PSYCHIATRY, "MD");

    private static EmergencyAccess opened() {
        return EmergencyAccess.open(7, OMAR, EmergencyReason.of("Client in crisis at the ED, team unreachable"), NOW,
                EmergencyAccessPeriod.ofMinutes(60));
    }

    @Test
    void anAccessKeepsWhoOpenedWhichPlanWhenAndWhyAsTheyWereThen() {
        EmergencyAccess access = opened();

        assertEquals(7, access.clientId());
        assertEquals("omar-account", access.accountId());
        assertEquals("omar.haddad", access.username());
        assertEquals("Omar Haddad, MD", access.clinicianName());
        assertEquals(Discipline.PSYCHIATRY, access.discipline());
        assertEquals("Client in crisis at the ED, team unreachable", access.reason().text());
        assertEquals(NOW, access.openedAt());
        assertEquals(NOW.plus(Duration.ofMinutes(60)), access.endsAt());
        assertTrue(access.isHeldBy("omar-account"));
        assertFalse(access.isHeldBy("someone-else"));
    }

    @Test
    void anAccessIsOpenFromItsOpeningUntilTheConfiguredTimeHasPassedAndThenNeverAgain() {
        EmergencyAccess access = opened();

        assertFalse(access.isOpenAt(NOW.minusSeconds(1)), "not before it was opened");
        assertTrue(access.isOpenAt(NOW));
        assertTrue(access.isOpenAt(NOW.plus(Duration.ofMinutes(59))));
        assertFalse(access.isOpenAt(NOW.plus(Duration.ofMinutes(60))), "ended at its end");
        assertFalse(access.isOpenAt(NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void everyReadUnderTheAccessIsAuditedWithTheStatedReason() {
        assertEquals("emergency access: Client in crisis at the ED, team unreachable", opened().auditReason());
    }

    @Test
    void theOpeningAndEveryReadUnderItAreKnownInTheAuditAndNothingElseIs() {
        assertTrue(EmergencyAccess.isInAudit(EmergencyAccess.AUDIT_ACTION, "Client in crisis at the ED"));
        assertTrue(EmergencyAccess.isInAudit("VIEW_PLAN", opened().auditReason()));
        assertFalse(EmergencyAccess.isInAudit("VIEW_PLAN", "member of the client's care team"));
        assertFalse(EmergencyAccess.isInAudit("VIEW_PLAN", "not an emergency access"));
        assertFalse(EmergencyAccess.isInAudit("VIEW_PLAN", null));
    }

    @Test
    void theReasonIsTrimmed() {
        assertEquals("Overdose suspected, GP asks", EmergencyReason.of("   Overdose suspected, GP asks \n ").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "urgent", "123456789"})
    void aReasonOfFewerThanTenCharactersIsRefused(String written) {
        assertThrows(InvalidInput.class, () -> EmergencyReason.of(written));
    }

    @Test
    void noReasonAtAllIsRefused() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> EmergencyReason.of(null));
        assertEquals("The reason for emergency access is required.", refused.message(Locale.ENGLISH));
        assertEquals("Escribe el motivo del acceso de emergencia.", refused.message(Locale.forLanguageTag("es")));
    }

    @Test
    void aReasonOfTenCharactersIsEnoughAndOfFiveHundredIsTheMost() {
        assertEquals(10, EmergencyReason.of("x".repeat(10)).text().length());
        assertEquals(500, EmergencyReason.of("x".repeat(500)).text().length());
        InvalidInput refused = assertThrows(InvalidInput.class, () -> EmergencyReason.of("x".repeat(501)));
        assertTrue(refused.message(Locale.ENGLISH).contains("at most 500 characters"), refused.message(Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Crisis call\u0000 from the ED", "Crisis call\u001b[2J from ED", "<script>alert(1)</script> crisis"})
    void aReasonWithControlCharactersOrMarkupIsRefused(String written) {
        assertThrows(InvalidInput.class, () -> EmergencyReason.of(written));
    }

    @Test
    void theShortReasonIsRefusedInTheReadersLanguage() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> EmergencyReason.of("urgent"));
        assertEquals("Say in at least 10 characters why you need to open this plan in an emergency.",
                refused.message(Locale.ENGLISH));
        assertTrue(refused.message(Locale.forLanguageTag("es")).startsWith("Explica en al menos 10 caracteres"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, 721, -60})
    void theClinicsPeriodIsBetweenFiveMinutesAndTwelveHours(int minutes) {
        assertThrows(IllegalArgumentException.class, () -> EmergencyAccessPeriod.ofMinutes(minutes));
    }

    @Test
    void anAccessNeedsAClinicianWithAnAccountAndAReason() {
        assertThrows(IllegalArgumentException.class, () -> EmergencyAccess.open(7, OMAR, null, NOW,
                EmergencyAccessPeriod.ofMinutes(60)));
        assertThrows(IllegalArgumentException.class, () -> EmergencyAccess.open(7, null,
                EmergencyReason.of("Client in crisis at the ED"), NOW, EmergencyAccessPeriod.ofMinutes(60)));
    }
}
