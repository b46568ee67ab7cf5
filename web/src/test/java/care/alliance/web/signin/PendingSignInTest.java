package care.alliance.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PendingSignInTest {

    @Test
    void theS256ChallengeIsTheHashOfTheVerifier() {
        // RFC 7636, appendix B
        PendingSignIn pending = new PendingSignIn("state", "nonce", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "/");

        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", pending.codeChallenge());
    }
}
