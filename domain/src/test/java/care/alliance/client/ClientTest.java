package care.alliance.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.person.PersonName;
import care.alliance.rules.InvalidInput;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClientTest {

    private static final PersonName ALEXANDRA = new PersonName("Alexandra", "Morgan");

    private static Client bornOn(LocalDate dateOfBirth) {
        return new Client(ALEXANDRA, dateOfBirth);
    }

    @Test
    void thePreferredNameAndPronounsAreEachOneLineOfText() {
        Client client = bornOn(LocalDate.of(1990, 4, 2));

        InvalidInput refused = assertThrows(InvalidInput.class, () -> client.preferToBeCalled("Al\nex", null));
        assertEquals("Write the preferred name on one line, without line breaks or tabs.", refused.getMessage());
        assertThrows(InvalidInput.class, () -> client.preferToBeCalled("Alex", "they\u0000them"));
        assertEquals("Alexandra Morgan", client.displayName(), "a refused name changes nothing");
    }
}
