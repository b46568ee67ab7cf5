package care.alliance.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemporaryPasswordTest {

    @Test
    void eachIsSixteenCharactersWithoutLookAlikesWithEveryKindAndNeverRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String password = TemporaryPassword.generate().reveal();
            assertTrue(password.matches("(?=.*[A-Z])(?=.*[a-z])(?=.*[2-9])[A-HJ-NP-Za-km-z2-9]{16}"), password);
            seen.add(password);
        }
        assertEquals(2000, seen.size());
    }

    @Test
    void itIsNeverWrittenOutByAccident() {
        TemporaryPassword password = TemporaryPassword.generate();

        assertFalse(password.toString().contains(password.reveal()));
    }
}
