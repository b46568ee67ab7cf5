package care.alliance.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.rules.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
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
    }

    @Test
    void aValueToReachWithMoreThanTwoDecimalsIsRefusedNotRoundedToZero() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> walking("0.001", null));

        assertEquals("The target's value may have at most 2 digits after the decimal point; round it and try again.",
                refused.getMessage());
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
