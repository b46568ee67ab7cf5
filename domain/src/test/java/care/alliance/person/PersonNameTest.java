package care.alliance.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.client.Client;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

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

    @Test
    void aClientIsAddressedByTheNameTheyPrefer() {
        Client client = new Client(new PersonName("Alexandra", "Morgan"), LocalDate.of(1990, 4, 2));
        assertEquals("Alexandra Morgan", client.displayName());

        client.preferToBeCalled("Alex", "they/them");

        assertEquals("Alex Morgan", client.displayName());
        assertEquals("they/them", client.pronouns().orElseThrow());
    }
}
