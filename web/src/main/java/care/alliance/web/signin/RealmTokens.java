package care.alliance.web.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.ResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tokens the realm signs for Alliance, verified by Nimbus JOSE + JWT: an RS256 signature by
 * one of the realm's current keys (fetched from its jwks_uri, cached, and fetched again when a
 * token names a key not seen before, so rotated keys come and go), the realm as issuer, Alliance's
 * client as audience and authorized party, and the times, with a minute's clock skew.
 */
final class RealmTokens {

    static final String BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

    private static final int CLOCK_SKEW_SECONDS = 60;
    private static final int HTTP_TIMEOUT_MILLIS = 5000;
    private static final int JWKS_SIZE_LIMIT = 50 * 1024;

    private final String issuer;
    private final String clientId;
    private final JWKSource<SecurityContext> keys;
    private final Clock clock;

    RealmTokens(String issuer, String clientId, JWKSource<SecurityContext> keys, Clock clock) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.keys = keys;
        this.clock = clock;
    }

    /** The realm's keys as published at its jwks_uri, with Nimbus's caching, refresh and rate limit. */
    static JWKSource<SecurityContext> keysAt(URL jwksUri, ResourceRetriever retriever) {
        return JWKSourceBuilder.create(jwksUri, retriever).build();
    }

    static JWKSource<SecurityContext> keysAt(URL jwksUri) {
        return keysAt(jwksUri, new DefaultResourceRetriever(HTTP_TIMEOUT_MILLIS, HTTP_TIMEOUT_MILLIS, JWKS_SIZE_LIMIT));
    }

    /** The ID token that answers the sign-in with this nonce. */
    IdToken idToken(String serialized, String nonce) throws SignInFailed {
        JWTClaimsSet claims = verified(serialized, new ClaimsRule(
                new JWTClaimsSet.Builder().issuer(issuer).claim("nonce", nonce).build(),
                Set.of("sub", "iat", "exp"), Set.of()),
                DefaultJOSEObjectTypeVerifier.JWT);
        return IdToken.of(serialized, claims);
    }

    /**
     * An access token the realm issued to a system calling the REST API: signed like the others,
     * by the realm, for the API's client (its audience), with a subject, and not expired.
     * Keycloak types its access tokens "JWT" in the payload and "JWT" or none in the header.
     */
    static AccessToken accessToken(String serialized, String issuer, String audience, JWKSource<SecurityContext> keys,
            Clock clock) throws SignInFailed {
        RealmTokens api = new RealmTokens(issuer, audience, keys, clock);
        JWTClaimsSet claims = api.verified(serialized, api.new ClaimsRule(
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "iat", "exp"), Set.of()),
                new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        return AccessToken.of(claims);
    }

    /**
     * A logout token of OpenID Connect Back-Channel Logout 1.0: the realm tells Alliance that a
     * Keycloak session (sid) or every session of a person (sub) has ended.
     */
    LogoutToken logoutToken(String serialized) throws SignInFailed {
        JWTClaimsSet claims = verified(serialized, new ClaimsRule(
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("iat", "events"), Set.of("nonce")),
                new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("logout+jwt"), null));
        try {
            Map<String, Object> events = claims.getJSONObjectClaim("events");
            if (events == null || !(events.get(BACKCHANNEL_LOGOUT_EVENT) instanceof Map)) {
                throw new SignInFailed("The logout token carries no back-channel logout event.");
            }
            String session = claims.getStringClaim("sid");
            String subject = claims.getSubject();
            if (session == null && subject == null) {
                throw new SignInFailed("The logout token names neither a session nor a person.");
            }
            return new LogoutToken(subject, session);
        } catch (ParseException e) {
            throw new SignInFailed("The logout token's claims are not of the expected types.", e);
        }
    }

    private JWTClaimsSet verified(String serialized, ClaimsRule rule, DefaultJOSEObjectTypeVerifier<SecurityContext> types)
            throws SignInFailed {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(types);
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(rule);
        try {
            return processor.process(serialized, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new SignInFailed("The realm's token is refused: " + e.getMessage(), e);
        }
    }

    /**
     * Nimbus's checks of issuer, audience, required and prohibited claims and times, plus what it
     * leaves to the application: the authorized party (azp) and an issue time not in the future.
     */
    private final class ClaimsRule extends DefaultJWTClaimsVerifier<SecurityContext> {

        ClaimsRule(JWTClaimsSet exactMatch, Set<String> required, Set<String> prohibited) {
            // Nimbus 10.5 asks these sets whether they hold null, which Set.of answers with an exception.
            super(new HashSet<>(Set.of(clientId)), exactMatch, new HashSet<>(required), new HashSet<>(prohibited));
            setMaxClockSkew(CLOCK_SKEW_SECONDS);
        }

        @Override
        public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
            super.verify(claims, context);
            Object authorizedParty = claims.getClaim("azp");
            List<String> audience = claims.getAudience();
            if (authorizedParty == null ? audience.size() > 1 : !clientId.equals(authorizedParty)) {
                throw new BadJWTException("The token was not issued to " + clientId + " (azp).");
            }
            Date issued = claims.getIssueTime();
            if (issued != null && issued.toInstant().isAfter(clock.instant().plusSeconds(CLOCK_SKEW_SECONDS))) {
                throw new BadJWTException("The token was issued in the future.");
            }
        }

        @Override
        protected Date currentTime() {
            return Date.from(clock.instant());
        }
    }
}
