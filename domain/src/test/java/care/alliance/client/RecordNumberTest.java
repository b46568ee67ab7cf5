package care.alliance.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.rules.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordNumberTest {

    @Test
    void aRecordNumberIsKeptTrimmedAndInCapitalsSoTheSameNumberTypedTwoWaysIsOne() {
        assertEquals("MRN-10442", RecordNumber.of("  mrn-10442 ").value());
        assertEquals(RecordNumber.of("MRN-10442"), RecordNumber.of("mrn-10442"));
        assertNotEquals(RecordNumber.of("MRN-10442"), RecordNumber.of("MRN-10443"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "2026/0042", "A.B-7", "123456789012345678901234567890"})
    void aRecordNumberIsLettersDigitsDotsSlashesAndHyphens(String typed) {
        assertEquals(typed, RecordNumber.of(typed).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-7", "MRN 7", "<b>7</b>", "MRN\u00007", "MRN\n7", "ÑRN-7", "1234567890123456789012345678901",
            "7;drop"})
    void anythingElseIsRefusedBesideTheRecordNumber(String typed) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> RecordNumber.of(typed));
        assertEquals("recordNumber", refused.field().orElseThrow());
        assertEquals("A record number is 1 to 30 letters, digits, dots, slashes or hyphens, starting with a letter"
                + " or digit, such as MRN-10442.", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aRecordNumberIsRequired(String typed) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> RecordNumber.of(typed));
        assertEquals("Enter the clinic's record number of the client.", refused.getMessage());
        assertEquals("recordNumber", refused.field().orElseThrow());
        assertThrows(InvalidInput.class, () -> RecordNumber.of(null));
    }
}
