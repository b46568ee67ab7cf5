package care.alliance.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.PlainObject;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The realm's tokens, signed in the test with keys it generates, against the checks of {@link RealmTokens}. */
class RealmTokensTest {

    private static final String ISSUER = "http://localhost:8180/realms/alliance";
    private static final String CLIENT = "alliance-web";
    private static final String API = "alliance-api";
    private static final String NONCE = "the-nonce";
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private static final RSAKey REALM_KEY = rsaKey("realm-key");
    private static final RSAKey NEXT_REALM_KEY = rsaKey("next-realm-key");
    private static final RSAKey FORGER_KEY = rsaKey("realm-key");

    /** The realm's jwks_uri: its keys of the moment, and how often it was asked. */
    private final Realm realm = new Realm();
    private final RealmTokens tokens = new RealmTokens(ISSUER, CLIENT,
            RealmTokens.keysAt(realm.jwksUri(), realm), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenSignedByTheRealmForThisSignInNamesThePersonTheirSessionAndTheirRoles() throws SignInFailed {
        IdToken token = tokens.idToken(signed(REALM_KEY, idClaims(claims -> { })), NONCE);

        assertEquals("0f1e2d3c-sam", token.subject());
        assertEquals("sam.rivera", token.username());
        assertEquals("Sam Rivera", token.displayName());
        assertEquals("keycloak-session-1", token.keycloakSession());
        assertEquals(Set.of("therapist"), token.groups());
    }

    @Test
    void aTokenSignedWithAnotherKeyOfTheSameNameIsRefused() {
        assertRefused(signed(FORGER_KEY, idClaims(claims -> { })));
    }

    @Test
    void aTokenWhoseClaimsWereChangedAfterSigningIsRefused() {
        String[] parts = signed(REALM_KEY, idClaims(claims -> { })).split("\\.");
        Payload elevated = new Payload(idClaims(claims -> claims.put("groups", List.of("psychiatrist"))));

        assertRefused(parts[0] + "." + elevated.toBase64URL() + "." + parts[2]);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        assertRefused(new PlainObject(new Payload(idClaims(claims -> { }))).serialize());
    }

    @Test
    void aTokenSignedWithAKeyTheRealmNeverPublishedIsRefused() {
        assertRefused(signed(NEXT_REALM_KEY, idClaims(claims -> { })));
    }

    @Test
    void whenTheRealmRotatesItsKeyTheNewKeyIsFetchedAndTheDroppedOneRefused() throws SignInFailed {
        assertEquals("sam.rivera", tokens.idToken(signed(REALM_KEY, idClaims(claims -> { })), NONCE).username());

        realm.publish(NEXT_REALM_KEY);

        assertEquals("sam.rivera", tokens.idToken(signed(NEXT_REALM_KEY, idClaims(claims -> { })), NONCE).username(),
                "a token signed with the new key names a key not in the cache: the keys are fetched again");
        assertRefused(signed(REALM_KEY, idClaims(claims -> { })));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertRefused(signed(REALM_KEY, idClaims(claims -> claims.put("iss", "http://evil.example/realms/alliance"))));
    }

    @Test
    void aTokenForAnotherClientIsRefused() {
        assertRefused(signed(REALM_KEY, idClaims(claims -> {
            claims.put("aud", "another-client");
            claims.put("azp", "another-client");
        })));
    }

    @Test
    void aTokenForAlliancePartyToAnotherClientIsRefused() {
        assertRefused(signed(REALM_KEY, idClaims(claims -> claims.put("azp", "another-client"))));
    }

    @Test
    void aTokenForSeveralAudiencesMustNameAllianceAsItsAuthorizedParty() throws SignInFailed {
        assertRefused(signed(REALM_KEY, idClaims(claims -> {
            claims.put("aud", List.of(CLIENT, "alliance-api"));
            claims.remove("azp");
        })));
        tokens.idToken(signed(REALM_KEY, idClaims(claims -> claims.put("aud", List.of(CLIENT, "alliance-api")))), NONCE);
    }

    @Test
    void anExpiredTokenIsRefusedButAFewSecondsOfClockSkewAreNot() throws SignInFailed {
        assertRefused(signed(REALM_KEY, idClaims(claims -> claims.put("exp", NOW.minusSeconds(120).getEpochSecond()))));
        tokens.idToken(signed(REALM_KEY, idClaims(claims -> claims.put("exp", NOW.minusSeconds(5).getEpochSecond()))), NONCE);
    }

    @Test
    void aTokenNotYetValidOrIssuedInTheFutureIsRefused() {
        assertRefused(signed(REALM_KEY, idClaims(claims -> claims.put("nbf", NOW.plusSeconds(600).getEpochSecond()))));
        assertRefused(signed(REALM_KEY, idClaims(claims -> claims.put("iat", NOW.plusSeconds(600).getEpochSecond()))));
    }

    @Test
    void aTokenAnsweringAnotherSignInIsRefused() {
        assertRefused(signed(REALM_KEY, idClaims(claims -> claims.put("nonce", "someone-elses-nonce"))));
        assertRefused(signed(REALM_KEY, idClaims(claims -> claims.remove("nonce"))));
    }

    @Test
    void aTokenWithoutSubjectOrExpiryIsRefused() {
        assertRefused(signed(REALM_KEY, idClaims(claims -> claims.remove("sub"))));
        assertRefused(signed(REALM_KEY, idClaims(claims -> claims.remove("exp"))));
    }

    @Test
    void claimsOfTheWrongTypeRefuseTheTokenRatherThanFailTheRequest() {
        assertRefused(signed(REALM_KEY, idClaims(claims -> claims.put("groups", 7))));
        assertRefused(signed(REALM_KEY, idClaims(claims -> claims.put("groups", List.of("therapist", 7)))));
        assertRefused(signed(REALM_KEY, idClaims(claims -> claims.put("exp", "tomorrow"))));
        assertRefused(signed(REALM_KEY, idClaims(claims -> claims.put("preferred_username", List.of("sam")))));
        assertRefused(signed(REALM_KEY, idClaims(claims -> claims.put("sid", 42))));
        assertRefused(signed(REALM_KEY, idClaims(claims -> claims.put("aud", 42))));
        assertRefused("not a token at all");
    }

    @Test
    void aLogoutTokenNamesTheKeycloakSessionAndThePersonItEnds() throws SignInFailed {
        LogoutToken logout = tokens.logoutToken(signed(REALM_KEY, logoutClaims(claims -> { })));

        assertEquals(new LogoutToken("0f1e2d3c-sam", "keycloak-session-1"), logout);
        assertEquals(new LogoutToken("0f1e2d3c-sam", null),
                tokens.logoutToken(signed(REALM_KEY, logoutClaims(claims -> claims.remove("sid")))));
    }

    @Test
    void aLogoutTokenIsRefusedWithoutTheLogoutEventWithANonceOrNamingNobody() {
        assertLogoutRefused(logoutClaims(claims -> claims.remove("events")));
        assertLogoutRefused(logoutClaims(claims -> claims.put("events", Map.of("http://example.com/other-event", Map.of()))));
        assertLogoutRefused(logoutClaims(claims -> claims.put("events", List.of(RealmTokens.BACKCHANNEL_LOGOUT_EVENT))));
        assertLogoutRefused(logoutClaims(claims -> claims.put("nonce", NONCE)));
        assertLogoutRefused(logoutClaims(claims -> {
            claims.remove("sid");
            claims.remove("sub");
        }));
    }

    @Test
    void aLogoutTokenFromAnotherIssuerForAnotherClientOrWithoutIssueTimeIsRefused() {
        assertLogoutRefused(logoutClaims(claims -> claims.put("iss", "http://evil.example/realms/alliance")));
        assertLogoutRefused(logoutClaims(claims -> claims.put("aud", "another-client")));
        assertLogoutRefused(logoutClaims(claims -> claims.remove("iat")));
        assertThrows(SignInFailed.class, () -> tokens.logoutToken(signed(FORGER_KEY, logoutClaims(claims -> { }))));
    }

    private void assertRefused(String idToken) {
        assertThrows(SignInFailed.class, () -> tokens.idToken(idToken, NONCE));
    }

    private void assertLogoutRefused(Map<String, Object> claims) {
        assertThrows(SignInFailed.class, () -> tokens.logoutToken(signed(REALM_KEY, claims)));
    }

    /** What Keycloak puts in an ID token for Alliance, changed as the test says. */
    @Test
    void anAccessTokenForTheApiNamesTheCallerAndTheirRoles() throws SignInFailed {
        AccessToken token = accessToken(apiClaims(claims -> { }));

        assertEquals("0f1e2d3c-sam", token.subject());
        assertEquals("sam.rivera", token.username());
        assertEquals(java.util.Set.of("therapist"), token.groups());
    }

    @Test
    void anAccessTokenForThePagesOrAnotherClientOrExpiredOrForgedIsNotOneForTheApi() {
        assertApiRefused(apiClaims(claims -> {
            claims.put("aud", CLIENT);
            claims.put("azp", CLIENT);
        }));
        assertApiRefused(apiClaims(claims -> claims.put("azp", "another-client")));
        assertApiRefused(apiClaims(claims -> claims.put("exp", NOW.minusSeconds(120).getEpochSecond())));
        assertApiRefused(apiClaims(claims -> claims.put("iss", "http://evil.example/realms/alliance")));
        assertApiRefused(apiClaims(claims -> claims.remove("sub")));
        assertThrows(SignInFailed.class, () -> RealmTokens.accessToken(signed(FORGER_KEY, apiClaims(claims -> { })),
                ISSUER, API, RealmTokens.keysAt(realm.jwksUri(), realm), Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    private AccessToken accessToken(Map<String, Object> claims) throws SignInFailed {
        return RealmTokens.accessToken(signed(REALM_KEY, claims), ISSUER, API, RealmTokens.keysAt(realm.jwksUri(), realm),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void assertApiRefused(Map<String, Object> claims) {
        assertThrows(SignInFailed.class, () -> accessToken(claims), claims.toString());
    }

    /** An access token as Keycloak issues it to the alliance-api client by the password grant. */
    private static Map<String, Object> apiClaims(Consumer<Map<String, Object>> change) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", List.of(API, "account"));
        claims.put("azp", API);
        claims.put("typ", "Bearer");
        claims.put("sub", "0f1e2d3c-sam");
        claims.put("iat", NOW.minusSeconds(10).getEpochSecond());
        claims.put("exp", NOW.plusSeconds(300).getEpochSecond());
        claims.put("preferred_username", "sam.rivera");
        claims.put("groups", List.of("therapist"));
        change.accept(claims);
        return claims;
    }

    private static Map<String, Object> idClaims(Consumer<Map<String, Object>> change) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", CLIENT);
        claims.put("azp", CLIENT);
        claims.put("sub", "0f1e2d3c-sam");
        claims.put("sid", "keycloak-session-1");
        claims.put("iat", NOW.minusSeconds(10).getEpochSecond());
        claims.put("exp", NOW.plusSeconds(300).getEpochSecond());
        claims.put("nonce", NONCE);
        claims.put("preferred_username", "sam.rivera");
        claims.put("name", "Sam Rivera");
        claims.put("groups", List.of("therapist"));
        change.accept(claims);
        return claims;
    }

    /** What Keycloak sends to Alliance's back-channel logout address, changed as the test says. */
    private static Map<String, Object> logoutClaims(Consumer<Map<String, Object>> change) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", CLIENT);
        claims.put("sub", "0f1e2d3c-sam");
        claims.put("sid", "keycloak-session-1");
        claims.put("iat", NOW.minusSeconds(1).getEpochSecond());
        claims.put("jti", "logout-1");
        claims.put("events", Map.of(RealmTokens.BACKCHANNEL_LOGOUT_EVENT, Map.of()));
        change.accept(claims);
        return claims;
    }

    private static String signed(RSAKey key, Map<String, Object> claims) {
        try {
            JWSObject token = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), new Payload(claims));
            token.sign(new RSASSASigner(key));
            return token.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The realm's jwks_uri, which publishes the public half of its current key. */
    private static final class Realm implements ResourceRetriever {

        private volatile JWKSet published = new JWKSet(REALM_KEY.toPublicJWK());

        void publish(RSAKey key) {
            published = new JWKSet(key.toPublicJWK());
        }

        URL jwksUri() {
            try {
                return new URL(ISSUER + "/protocol/openid-connect/certs");
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Resource retrieveResource(URL url) {
            return new Resource(published.toString(), "application/json");
        }
    }
}
