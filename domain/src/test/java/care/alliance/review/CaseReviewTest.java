package care.alliance.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.goal.Party;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseReviewTest {

    static final Instant NOW = Instant.parse("2026-03-16T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-16");

    private static CaseReview on(LocalDate day, String note) {
        return CaseReview.record(7, day, note, "priya.patel", Party.PSYCHIATRY, NOW, TODAY);
    }

    @Test
    void theReviewSaysWhoReviewedWhichClientOnWhichDayAndWhatTheyFound() {
        CaseReview review = on(TODAY, "  PHQ-9 flat at 17 for ten weeks; adherence good.  ");

        assertEquals(7, review.clientId());
        assertEquals(TODAY, review.reviewedOn());
        assertEquals("PHQ-9 flat at 17 for ten weeks; adherence good.", review.note(), "trimmed");
        assertEquals("priya.patel", review.reviewedBy());
        assertEquals(Party.PSYCHIATRY, review.reviewedByParty());
        assertEquals(NOW, review.recordedAt());
    }

    @Test
    void aReviewMayBeRecordedWithoutANote() {
        assertNull(on(TODAY, "   ").note());
        assertNull(on(TODAY, null).note());
    }

    @Test
    void todayAndEarlierAreTakenTomorrowIsNot() {
        assertEquals(TODAY.minusDays(1), on(TODAY.minusDays(1), null).reviewedOn());
        InvalidInput refused = assertThrows(InvalidInput.class, () -> on(TODAY.plusDays(1), null));
        assertEquals("The day of the review cannot be later than today: record a review once it has taken place.",
                refused.getMessage());
        assertEquals("reviewedOn", refused.field().orElseThrow());
    }

    @Test
    void aDayOutsideThePlanYearsIsASlipOfTheKeyboard() {
        assertEquals(LocalDate.of(2000, 1, 1), on(LocalDate.of(2000, 1, 1), null).reviewedOn());
        InvalidInput refused = assertThrows(InvalidInput.class, () -> on(LocalDate.of(1999, 12, 31), null));
        assertEquals("reviewedOn", refused.field().orElseThrow());
    }

    @Test
    void theDayIsRequired() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> on(null, "note"));
        assertEquals("The day of the review is required.", refused.getMessage());
        assertEquals("reviewedOn", refused.field().orElseThrow());
    }

    @Test
    void theNoteKeepsToItsLengthAndIsPlainText() {
        assertEquals(1000, on(TODAY, "x".repeat(1000)).note().length());
        assertEquals("reviewNote", assertThrows(InvalidInput.class, () -> on(TODAY, "x".repeat(1001)))
                .field().orElseThrow());
        assertEquals("reviewNote", assertThrows(InvalidInput.class, () -> on(TODAY, "<b>up</b> the dose"))
                .field().orElseThrow());
        assertEquals("reviewNote", assertThrows(InvalidInput.class, () -> on(TODAY, "bell\u0007"))
                .field().orElseThrow());
        assertEquals("Line one\nline two", on(TODAY, "Line one\nline two").note(), "a note may run over lines");
    }

    @ParameterizedTest
    @EnumSource(value = Party.class, names = "PSYCHIATRY", mode = EnumSource.Mode.EXCLUDE)
    void onlyPsychiatryReviewsACase(Party party) {
        ChangeRefused refused = assertThrows(ChangeRefused.class,
                () -> CaseReview.record(7, TODAY, null, "someone", party, NOW, TODAY));
        assertEquals("La revisión psiquiátrica del caso la registra el psiquiatra del equipo.",
                refused.message(Locale.forLanguageTag("es")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\uFFFE", "&lt;script&gt;"})
    void textThatIsNotPlainIsRefusedInTheNote(String hostile) {
        assertThrows(InvalidInput.class, () -> on(TODAY, "Consider " + hostile));
    }
}
