package care.alliance.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.rules.InvalidInput;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"sam.rivera", "dr_lee-2", "abc", "a2345678901234567890123456789012345678901234567890"})
    void aPlainUserNameIsTaken(String name) {
        assertEquals(name, new Username(name).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"  Sam.Rivera ", "SAM.RIVERA"})
    void whatIsTypedIsWrittenSmallAndTrimmedAsKeycloakWould(String typed) {
        assertEquals("sam.rivera", Username.typed(typed).value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aUserNameIsRequired(String name) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> Username.typed(name));
        assertEquals("username", refused.field().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "a23456789012345678901234567890123456789012345678901",
        "sam rivera", "1sam", ".sam", "sam<b>", "sam@clinic", "sam\u0000", "s\u00e1m", "sam\trivera", "<script>"})
    void anythingElseIsRefusedWithWordsInEnglishAndSpanish(String name) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> Username.typed(name));
        assertEquals("username", refused.field().orElseThrow());
        String english = refused.why().in(Locale.ENGLISH);
        String spanish = refused.why().in(Locale.forLanguageTag("es"));
        assertEquals(true, english.startsWith("A user name"), english);
        assertEquals(true, spanish.startsWith("Un nombre de usuario"), spanish);
    }
}
