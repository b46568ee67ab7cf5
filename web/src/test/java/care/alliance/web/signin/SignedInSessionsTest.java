package care.alliance.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Letting someone go ends every Alliance session of their account at once, and nobody else's. */
class SignedInSessionsTest {

    private final SignedInSessions sessions = new SignedInSessions();

    {
        sessions.ended = EndedSignIns.onThisNode();
    }

    @Test
    void endingAnAccountsSessionsInvalidatesEachOfThemAndNoOneElses() {
        AtomicBoolean samAtWork = new AtomicBoolean();
        AtomicBoolean samAtHome = new AtomicBoolean();
        AtomicBoolean lee = new AtomicBoolean();
        sessions.signedIn(session("1", samAtWork), signIn("kc-sam", "sam.rivera", "k1"));
        sessions.signedIn(session("2", samAtHome), signIn("kc-sam", "sam.rivera-lopez", "k2"));
        sessions.signedIn(session("3", lee), signIn("kc-lee", "lee.chen", "k3"));

        assertEquals(2, sessions.endAllOf("kc-sam"));

        assertTrue(samAtWork.get() && samAtHome.get(), "both of the account's sessions, whatever its user name");
        assertFalse(lee.get());
        assertEquals(0, sessions.endAllOf("kc-sam"), "ended sessions are forgotten");
    }

    private static SignedIn signIn(String subject, String username, String keycloakSession) {
        return new SignedIn(subject, username, keycloakSession, Set.of("therapist"), Instant.now());
    }

    private static HttpSession session(String id, AtomicBoolean invalidated) {
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getId" -> id;
                    case "invalidate" -> {
                        invalidated.set(true);
                        yield null;
                    }
                    case "hashCode" -> id.hashCode();
                    case "equals" -> proxy == arguments[0];
                    default -> null;
                });
    }
}
