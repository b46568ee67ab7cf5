package care.alliance.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.rules.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"sam.rivera@clinic.example", "s+team@north-clinic.example.org"})
    void anAddressOfTheUsualFormIsTaken(String address) {
        assertEquals(address, EmailAddress.typed(" " + address + " ").value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"sam", "sam@clinic", "sam rivera@clinic.example", "<b>sam</b>@clinic.example",
        "sam@@clinic.example", "sam..r@clinic.example", "sam@clinic.example\u0007", "a@b.c, d@e.f"})
    void anythingElseIsRefusedForTheEmailField(String address) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> EmailAddress.typed(address));
        assertEquals("email", refused.field().orElseThrow());
    }

    @Test
    void anAddressHasAtMost254Characters() {
        String longest = "a".repeat(64) + "@" + "b".repeat(181) + ".example";
        assertEquals(254, longest.length());
        assertEquals(longest, new EmailAddress(longest).value());
        assertThrows(InvalidInput.class, () -> new EmailAddress("a" + longest));
    }
}
