package care.alliance.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.client.Client;
import care.alliance.rules.InvalidInput;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

    @Test
    void namesAreTrimmed() {
        assertEquals("Alex Morgan", new PersonName("  Alex ", "Morgan\n").fullName());
    }

    @Test
    void bothPartsAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> new PersonName(" ", "Morgan"));
        assertThrows(IllegalArgumentException.class, () -> new PersonName("Alex", null));
    }

    @Test
    void aPartLongerThanTheLimitIsRefused() {
        String tooLong = "a".repeat(PersonName.MAX_LENGTH + 1);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new PersonName(tooLong, "Morgan"));
        assertEquals("A given name may have at most 100 characters.", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Al\u0000ex", "Alex\u0007", "\u001BAlex", "Al\u007Fex", "Al\u0085ex", "Al\uD800ex", "Alex\uFFFF"})
    void aNameOfCharactersThatAreNotTextIsRefused(String given) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> new PersonName(given, "Morgan"));

        assertEquals("A given name may not contain characters that are not text, such as invisible control codes;"
                + " if you pasted it, try typing it instead.", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mor\ngan", "Mor\r\ngan", "Mor\tgan"})
    void aNameIsOneLine(String family) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> new PersonName("Alex", family));

        assertEquals("Write the family name on one line, without line breaks or tabs.", refused.getMessage());
        assertEquals("Escribe los apellidos en una sola línea, sin saltos de línea ni tabuladores.",
                refused.message(Locale.forLanguageTag("es")));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"<script>x</script>", "Ng&lt;", "<b>Ng"})
    void aNameWithMarkupIsRefused(String family) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> new PersonName("Kim", family));
        assertEquals("A family name may not contain markup such as <tags>; write only the name.", refused.getMessage());
        assertEquals("familyName", refused.field().orElseThrow());
    }

    @Test
    void aNameMayHoldAnAmpersandOrAnApostrophe() {
        assertEquals("O'Brien & Lee", new PersonName("Kim", "O'Brien & Lee").family());
    }

    @Test
    void namesFromEveryScriptAreText() {
        assertEquals("Zoë Ngữ 李 O'Brien-Núñez", new PersonName("Zoë Ngữ", "李 O'Brien-Núñez").fullName());
    }

    @Test
    void aClientIsAddressedByTheNameTheyPrefer() {
        Client client = new Client(new PersonName("Alexandra", "Morgan"), LocalDate.of(1990, 4, 2), LocalDate.of(2026, 11, 2));
        assertEquals("Alexandra Morgan", client.displayName());

        client.preferToBeCalled("Alex", "they/them");

        assertEquals("Alex Morgan", client.displayName());
        assertEquals("they/them", client.pronouns().orElseThrow());
    }
}
