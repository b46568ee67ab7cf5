package care.alliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClinicCalendarTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final Wording DUE_DATE = RuleWords.say("field.taskDue");

    // -------------------------------------------------------------------------------- plan dates

    @ParameterizedTest
    @ValueSource(strings = {"2000-01-01", "2000-01-02", "2026-11-02", "2100-12-30", "2100-12-31"})
    void aPlanDateFallsFromTheFirstDayOf2000ToTheLastDayOf2100(String date) {
        assertEquals(LocalDate.parse(date), ClinicCalendar.planDate(LocalDate.parse(date), DUE_DATE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1999-12-31", "2101-01-01", "0001-01-01", "0000-01-01", "-0001-12-31", "+20255-01-01",
            "+999999999-12-31", "-999999999-01-01"})
    void aPlanDateOutsideThoseYearsIsRefusedWithTheRangeAndTheField(String date) {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> ClinicCalendar.planDate(LocalDate.parse(date), DUE_DATE));

        assertEquals("The task's due date must be between 1 January 2000 and 31 December 2100; check the year.",
                refused.getMessage());
        assertEquals("La fecha límite de la tarea tiene que estar entre el 1 de enero de 2000 y el 31 de diciembre"
                + " de 2100; revisa el año.", refused.message(Locale.forLanguageTag("es")));
    }

    @Test
    void theFarthestDatesJavaKnowsAreRefusedToo() {
        assertThrows(InvalidInput.class, () -> ClinicCalendar.planDate(LocalDate.MIN, DUE_DATE));
        assertThrows(InvalidInput.class, () -> ClinicCalendar.planDate(LocalDate.MAX, DUE_DATE));
    }

    @Test
    void noPlanDateIsNoPlanDate() {
        assertNull(ClinicCalendar.planDate(null, DUE_DATE));
    }

    // ---------------------------------------------------------------------------- dates of birth

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "1900-01-02", "1990-04-02", "2026-11-01", "2026-11-02"})
    void aDateOfBirthFallsFromTheFirstDayOf1900ToToday(String date) {
        assertEquals(LocalDate.parse(date), ClinicCalendar.dateOfBirth(LocalDate.parse(date), TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2026-11-03", "0001-01-01", "+999999999-12-31", "-999999999-01-01"})
    void aDateOfBirthBefore1900OrAfterTodayIsRefused(String date) {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> ClinicCalendar.dateOfBirth(LocalDate.parse(date), TODAY));

        assertEquals("The date of birth must be between 1 January 1900 and today; check the year.",
                refused.getMessage());
        assertEquals("La fecha de nacimiento tiene que estar entre el 1 de enero de 1900 y hoy; revisa el año.",
                refused.message(Locale.forLanguageTag("es")));
    }
}
