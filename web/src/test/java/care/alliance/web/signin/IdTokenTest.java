package care.alliance.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IdTokenTest {

    private static final String ISSUER = "http://localhost:8180/realms/alliance";
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final KeyPair REALM_KEY = rsaKeyPair();
    private static final KeyPair OTHER_KEY = rsaKeyPair();
    private static final Function<String, PublicKey> REALM_KEYS = kid -> "realm-key".equals(kid) ? REALM_KEY.getPublic() : null;

    private static String claims(String issuer, String audience, long expires, String nonce) {
        return "{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\",\"exp\":" + expires + ",\"nonce\":\"" + nonce
                + "\",\"preferred_username\":\"sam.rivera\",\"name\":\"Sam Rivera\",\"groups\":[\"therapist\"]}";
    }

    private static String validClaims() {
        return claims(ISSUER, "alliance-web", NOW.plusSeconds(300).getEpochSecond(), "the-nonce");
    }

    @Test
    void aTokenSignedByTheRealmForThisSignInNamesThePersonAndTheirRoles() throws SignInFailed {
        IdToken token = IdToken.verify(signed(validClaims(), REALM_KEY, "RS256"), REALM_KEYS, ISSUER, "alliance-web", "the-nonce", NOW);

        assertEquals("sam.rivera", token.username());
        assertEquals("Sam Rivera", token.displayName());
        assertEquals(Set.of("therapist"), token.groups());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String forged = signed(validClaims(), OTHER_KEY, "RS256");

        SignInFailed refused = assertThrows(SignInFailed.class,
                () -> IdToken.verify(forged, REALM_KEYS, ISSUER, "alliance-web", "the-nonce", NOW));
        assertTrue(refused.getMessage().contains("signature"));
    }

    @Test
    void aTokenWhoseClaimsWereChangedAfterSigningIsRefused() {
        String genuine = signed(validClaims(), REALM_KEY, "RS256");
        String[] parts = genuine.split("\\.");
        String elevated = parts[0] + "." + base64(validClaims().replace("therapist", "psychiatrist")) + "." + parts[2];

        assertThrows(SignInFailed.class, () -> IdToken.verify(elevated, REALM_KEYS, ISSUER, "alliance-web", "the-nonce", NOW));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String unsigned = base64("{\"alg\":\"none\",\"kid\":\"realm-key\"}") + "." + base64(validClaims()) + ".";

        assertThrows(SignInFailed.class, () -> IdToken.verify(unsigned, REALM_KEYS, ISSUER, "alliance-web", "the-nonce", NOW));
    }

    @Test
    void aTokenFromAnotherIssuerForAnotherClientExpiredOrForAnotherSignInIsRefused() {
        long later = NOW.plusSeconds(300).getEpochSecond();
        for (String claims : new String[] {
                claims("http://evil.example/realms/alliance", "alliance-web", later, "the-nonce"),
                claims(ISSUER, "another-client", later, "the-nonce"),
                claims(ISSUER, "alliance-web", NOW.minusSeconds(3600).getEpochSecond(), "the-nonce"),
                claims(ISSUER, "alliance-web", later, "someone-elses-nonce")}) {
            String token = signed(claims, REALM_KEY, "RS256");
            assertThrows(SignInFailed.class,
                    () -> IdToken.verify(token, REALM_KEYS, ISSUER, "alliance-web", "the-nonce", NOW), claims);
        }
    }

    @Test
    void theS256ChallengeIsTheHashOfTheVerifier() {
        PendingSignIn pending = new PendingSignIn("state", "nonce", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "/");

        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", pending.codeChallenge());
    }

    private static String signed(String claims, KeyPair key, String algorithm) {
        String signingInput = base64("{\"alg\":\"" + algorithm + "\",\"kid\":\"realm-key\",\"typ\":\"JWT\"}") + "." + base64(claims);
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key.getPrivate());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
