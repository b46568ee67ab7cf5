package care.alliance.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignedInTest {

    private static final Instant SIGNED_IN_AT = Instant.parse("2026-11-23T07:00:00Z");
    private static final SignedIn SAM = new SignedIn("0f1e2d3c-sam", "sam.rivera", "keycloak-session-1",
            Set.of("therapist"), SIGNED_IN_AT);

    @Test
    void aSignInLastsItsLongestLifetimeAndNotASecondMoreWhateverTheActivity() {
        Duration shift = Duration.ofHours(12);

        assertFalse(SAM.hasOutlived(shift, SIGNED_IN_AT.plus(shift).minusSeconds(1)));
        assertTrue(SAM.hasOutlived(shift, SIGNED_IN_AT.plus(shift)));
        assertTrue(SAM.hasOutlived(shift, SIGNED_IN_AT.plus(Duration.ofDays(3))));
    }

    @Test
    void aLogoutOfTheKeycloakSessionEndsOnlyTheSignInsOfThatSession() {
        assertTrue(SAM.isEndedBy(new LogoutToken("0f1e2d3c-sam", "keycloak-session-1")));
        assertTrue(SAM.isEndedBy(new LogoutToken(null, "keycloak-session-1")));
        assertFalse(SAM.isEndedBy(new LogoutToken("0f1e2d3c-sam", "keycloak-session-2")),
                "the same person signed in elsewhere stays signed in there");
    }

    @Test
    void aLogoutOfThePersonEndsEachOfTheirSignIns() {
        assertTrue(SAM.isEndedBy(new LogoutToken("0f1e2d3c-sam", null)));
        assertFalse(SAM.isEndedBy(new LogoutToken("9a8b7c6d-lee", null)));
    }

    /** On a cluster the session, and the sign-in in it, is copied to the other nodes as bytes. */
    @Test
    void aSignInAndOneUnderWaySurviveTheTripToAnotherNode() throws IOException, ClassNotFoundException {
        PendingSignIn pending = PendingSignIn.startingFrom("/clinician/caseload.xhtml");

        assertEquals(SAM, copied(SAM));
        assertEquals(pending, copied(pending));
        assertEquals(pending.codeChallenge(), ((PendingSignIn) copied(pending)).codeChallenge());
    }

    private static Object copied(Object kept) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(kept);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
