package care.alliance.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.rules.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetTest {

    private static Target walking(String value, LocalDate byDate) {
        return new Target("days walked per week", new BigDecimal(value), Target.Direction.AT_LEAST, byDate);
    }

    // ------------------------------------------------------------------------------------- value

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.01", "4", "9999999999.99", "-9999999999.99"})
    void theValueToReachFitsItsColumn(String value) {
        assertEquals(0, new BigDecimal(value).compareTo(walking(value, null).value()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "10000000000", "1e20", "1e309", "-1e309"})
    void aValueToReachTooLargeForItsColumnIsRefusedNamingTheTargetsValue(String value) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> walking(value, null));

        assertEquals("The target's value must be between -9,999,999,999.99 and 9,999,999,999.99.", refused.getMessage());
        assertEquals(Optional.of("targetValue"), refused.field(), "the page says it beside the target's value");
    }

    @Test
    void aValueToReachWithMoreThanTwoDecimalsIsRefusedNotRoundedToZero() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> walking("0.001", null));

        assertEquals("The target's value may have at most 2 digits after the decimal point; round it and try again.",
                refused.getMessage());
        assertEquals(Optional.of("targetValue"), refused.field());
    }

    // -------------------------------------------------------------------------------------- date

    @Test
    void theTargetsDateIsOptionalAndFallsInThePlanYears() {
        assertNull(walking("4", null).byDate());
        assertEquals(LocalDate.of(2000, 1, 1), walking("4", LocalDate.of(2000, 1, 1)).byDate());
        assertEquals(LocalDate.of(2100, 12, 31), walking("4", LocalDate.of(2100, 12, 31)).byDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1999-12-31", "2101-01-01", "0001-03-01", "+999999999-03-01"})
    void aTargetsDateOutsideThePlanYearsIsRefusedNamingIt(String date) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> walking("4", LocalDate.parse(date)));

        assertEquals("The target's date must be between 1 January 2000 and 31 December 2100; check the year.",
                refused.getMessage());
        assertEquals(Optional.of("targetDate"), refused.field(), "the page says it beside the target's date");
    }

    // ----------------------------------------------------------------------------------- measure

    @Test
    void theMeasureIsOneLineOfText() {
        assertThrows(InvalidInput.class, () -> new Target("days\nwalked", BigDecimal.ONE, Target.Direction.AT_LEAST, null));
        assertThrows(InvalidInput.class, () -> new Target("days\u0000walked", BigDecimal.ONE, Target.Direction.AT_LEAST,
                null));
        assertEquals("days walked", new Target(" days walked\n", BigDecimal.ONE, Target.Direction.AT_LEAST, null)
                .measure());
    }
}
