package care.alliance.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.rules.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditQueryTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_16 = LocalDate.of(2026, 3, 16);

    private static AuditQuery query(String person, String client, String action, LocalDate from, LocalDate to) {
        return new AuditQuery(person, client, action, null, from, to, false, false, 0, AuditQuery.DEFAULT_ROWS);
    }

    @Test
    void typedFiltersAreTakenAsTheAuditWritesThem() {
        AuditQuery query = query("  Sam.Rivera ", " mrn-1001 ", "view_plan", MARCH_1, MARCH_16);

        assertEquals("sam.rivera", query.person());
        assertEquals("MRN-1001", query.client());
        assertEquals("VIEW_PLAN", query.action());
        assertEquals("person=sam.rivera; client=MRN-1001; action=VIEW_PLAN; from=2026-03-01; to=2026-03-16",
                query.describe());
    }

    @Test
    void emptyFieldsMatchEverything() {
        AuditQuery query = query(" ", "", null, null, null);

        assertEquals(null, query.person());
        assertEquals(null, query.client());
        assertEquals(null, query.action());
        assertEquals(Optional.empty(), query.wantedOutcome());
        assertEquals("everything", query.describe());
    }

    @Test
    void theDaysAreWholeDaysInTheClinicsZoneBothIncluded() {
        ZoneId madrid = ZoneId.of("Europe/Madrid");
        AuditQuery query = query(null, null, null, MARCH_1, MARCH_16);

        assertEquals(Optional.of(Instant.parse("2026-02-28T23:00:00Z")), query.since(madrid));
        assertEquals(Optional.of(Instant.parse("2026-03-16T23:00:00Z")), query.until(madrid), "up to the end of the 16th");
    }

    @Test
    void oneDayIsAFromAndToOnTheSameDay() {
        AuditQuery query = query(null, null, null, MARCH_16, MARCH_16);
        assertEquals(Optional.of(Instant.parse("2026-03-17T00:00:00Z")), query.until(ZoneId.of("UTC")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a last day before the first | 2026-03-16 | 2026-03-01 | to",
        "a first day in the year 1 | 0001-03-01 | 2026-03-16 | from",
        "a last day in 20255 | 2026-03-01 | +20255-03-16 | to"})
    void aSpanOfDaysThatCannotBeRightIsRefusedAtItsField(String situation, String from, String to, String field) {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> query(null, null, null, LocalDate.parse(from), LocalDate.parse(to)));
        assertEquals(Optional.of(field), refused.field());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a person with a space | sam rivera | | | person",
        "a person with markup | <b>sam</b> | | | person",
        "a client number with a space | | MRN 1001 | | client",
        "an action with a hyphen | | | VIEW-PLAN | action",
        "an action with an apostrophe | | | VIEW_PLAN' OR 1=1 | action"})
    void aFilterThatCannotMatchIsRefusedAtItsFieldInEveryLanguage(String situation, String person, String client,
            String action, String field) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> query(person, client, action, null, null));
        assertEquals(Optional.of(field), refused.field());
        assertEquals(false, refused.message(Locale.forLanguageTag("es")).isBlank());
    }

    @Test
    void aPersonOfMoreThanAUserNamesLengthIsRefused() {
        assertThrows(InvalidInput.class, () -> query("a".repeat(AuditQuery.PERSON_LENGTH + 1), null, null, null, null));
    }

    @Test
    void onlyRefusalsTogetherWithTheOutcomeAllowedIsRefused() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> new AuditQuery(null, null, null,
                Outcome.ALLOWED, null, null, false, true, 0, 25));
        assertEquals(Optional.of("refusedOnly"), refused.field());
        assertEquals(Optional.of(Outcome.REFUSED),
                new AuditQuery(null, null, null, null, null, null, false, true, 0, 25).wantedOutcome());
    }

    @Test
    void theRowsAskedForAreClampedToWhatAPageShows() {
        assertEquals(0, AuditQuery.EVERYTHING.rows(-10, 25).first());
        assertEquals(AuditQuery.MOST_ROWS, AuditQuery.EVERYTHING.rows(0, 1_000_000).rows());
        assertEquals(1, AuditQuery.EVERYTHING.rows(0, 0).rows());
        assertEquals(AuditQuery.LAST_FIRST_ROW, AuditQuery.EVERYTHING.rows(Integer.MAX_VALUE, 25).first());
    }
}
