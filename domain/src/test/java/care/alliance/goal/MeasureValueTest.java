package care.alliance.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import care.alliance.rules.Wording;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureValueTest {

    private static final Wording MEASURED = RuleWords.say("field.measuredValue");

    private static BigDecimal checked(String value) {
        return MeasureValue.checked(new BigDecimal(value), MEASURED);
    }

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource({"0, 0.00", "0.01, 0.01", "-0.01, -0.01", "4, 4.00", "7.5, 7.50", "9999999999.99, 9999999999.99",
            "-9999999999.99, -9999999999.99", "9999999999, 9999999999.00", "1.500, 1.50", "0.10000, 0.10",
            "1E+3, 1000.00", "1E+9, 1000000000.00", "0E-999999999, 0.00", "0E+999999999, 0.00"})
    void aValueWithinTheColumnAndAtMostTwoDecimalsIsKeptAsTheColumnKeepsIt(String value, String kept) {
        assertEquals(new BigDecimal(kept), checked(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000000000", "-10000000000", "9999999999.991", "10000000000.00", "12345678901",
            "-12345678901", "1e20", "1e309", "-1e309", "1E+999999999"})
    void aValueTheColumnCannotHoldIsRefusedWithTheRangeAndTheField(String value) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> checked(value));

        assertEquals("The measured value must be between -9,999,999,999.99 and 9,999,999,999.99.",
                refused.getMessage());
        assertEquals("El valor medido tiene que estar entre -9.999.999.999,99 y 9.999.999.999,99.",
                refused.message(Locale.forLanguageTag("es")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "-0.001", "0.005", "1.234", "4.999", "9999999999.001", "0.0000000001", "1E-3",
            "1E-999999999"})
    void aValueWithMoreThanTwoDecimalsIsRefusedRatherThanRounded(String value) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> checked(value));

        assertEquals("The measured value may have at most 2 digits after the decimal point; round it and try again.",
                refused.getMessage());
        assertEquals("El valor medido puede tener como máximo 2 decimales; redondéalo y vuelve a intentarlo.",
                refused.message(Locale.forLanguageTag("es")));
    }

    @Test
    void noValueIsNoValue() {
        assertNull(MeasureValue.checked(null, MEASURED));
    }
}
