package care.alliance.web.signin;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A sign-in on its way through the provider: the random values that tie the provider's answer to
 * this browser (state, nonce, PKCE verifier) and the page to return to afterwards.
 */
record PendingSignIn(String state, String nonce, String codeVerifier, String returnTo) implements Serializable {

    static final String SESSION_KEY = PendingSignIn.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    static PendingSignIn startingFrom(String returnTo) {
        return new PendingSignIn(random(), random(), random(), returnTo);
    }

    /** The S256 PKCE challenge: the verifier's SHA-256, base64url without padding. */
    String codeChallenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
