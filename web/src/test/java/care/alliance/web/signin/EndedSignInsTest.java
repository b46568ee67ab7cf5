package care.alliance.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On a cluster Keycloak's back-channel logout, or clinic IT letting someone go, reaches one node;
 * what it ended is recorded where every node reads it, and ends the sessions the node that was
 * told never held.
 */
class EndedSignInsTest {

    private static final Instant MORNING = Instant.parse("2026-12-04T08:00:00Z");

    private final EndedSignIns dataGrid = EndedSignIns.onThisNode();

    @Test
    void aLogoutOfAKeycloakSessionThatReachedOneNodeEndsItsSignInsOnEveryNode() {
        SignedInSessions toldNode = node();
        SignedIn samAtWork = signIn("kc-sam", "k1", MORNING);

        assertEquals(0, toldNode.end(new LogoutToken("kc-sam", "k1")), "this node held none of the sessions");

        assertTrue(dataGrid.hasEnded(samAtWork), "the node holding it ends it at its next request");
        assertFalse(dataGrid.hasEnded(signIn("kc-sam", "k2", MORNING)), "Sam signed in elsewhere stays signed in there");
    }

    @Test
    void endingAnAccountEndsItsSignInsUntilThenAndNotTheOnesAfter() {
        node().endAllOf("kc-sam");

        assertTrue(dataGrid.hasEnded(signIn("kc-sam", "k1", MORNING)));
        assertFalse(dataGrid.hasEnded(signIn("kc-sam", "k2", Instant.now().plusSeconds(60))),
                "a sign-in after the account was ended is a new one");
        assertFalse(dataGrid.hasEnded(signIn("kc-lee", "k3", MORNING)), "nobody else's");
    }

    @Test
    void aLogoutOfThePersonWithoutASessionEndsEachOfTheirSignInsUntilThen() {
        node().end(new LogoutToken("kc-sam", null));

        assertTrue(dataGrid.hasEnded(signIn("kc-sam", "k1", MORNING)));
        assertFalse(dataGrid.hasEnded(signIn("kc-lee", "k3", MORNING)));
    }

    private SignedInSessions node() {
        SignedInSessions node = new SignedInSessions();
        node.ended = dataGrid;
        return node;
    }

    private static SignedIn signIn(String subject, String keycloakSession, Instant at) {
        return new SignedIn(subject, "someone", keycloakSession, Set.of("therapist"), at);
    }
}
