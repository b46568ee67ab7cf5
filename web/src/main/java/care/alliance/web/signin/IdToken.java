package care.alliance.web.signin;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An OpenID Connect ID token, accepted only once its RS256 signature, issuer, audience, expiry and
 * nonce have been checked. Its claims name the person and their realm roles ("groups").
 */
final class IdToken {

    private static final long CLOCK_SKEW_SECONDS = 60;

    private final String serialized;
    private final JsonObject claims;

    private IdToken(String serialized, JsonObject claims) {
        this.serialized = serialized;
        this.claims = claims;
    }

    static IdToken verify(String serialized, Function<String, PublicKey> keyById, String issuer,
            String audience, String nonce, Instant now) throws SignInFailed {
        String[] parts = serialized.split("\\.");
        if (parts.length != 3) {
            throw new SignInFailed("The ID token is not a signed JWT.");
        }
        JsonObject header = json(parts[0]);
        if (!"RS256".equals(header.getString("alg", ""))) {
            throw new SignInFailed("The ID token is not signed with RS256.");
        }
        PublicKey key = keyById.apply(header.getString("kid", ""));
        if (key == null || !signatureHolds(parts, key)) {
            throw new SignInFailed("The ID token's signature does not verify.");
        }
        JsonObject claims = json(parts[1]);
        if (!issuer.equals(claims.getString("iss", ""))) {
            throw new SignInFailed("The ID token was issued by " + claims.getString("iss", "nobody")
                    + ", not by " + issuer + ".");
        }
        if (!audienceOf(claims).contains(audience)) {
            throw new SignInFailed("The ID token was not issued for " + audience + ".");
        }
        if (!claims.containsKey("exp") || now.getEpochSecond() > claims.getJsonNumber("exp").longValue() + CLOCK_SKEW_SECONDS) {
            throw new SignInFailed("The ID token has expired.");
        }
        if (!nonce.equals(claims.getString("nonce", ""))) {
            throw new SignInFailed("The ID token does not answer this sign-in.");
        }
        return new IdToken(serialized, claims);
    }

    String serialized() {
        return serialized;
    }

    String username() {
        String username = claims.getString("preferred_username", "");
        return username.isEmpty() ? claims.getString("sub", "") : username;
    }

    String displayName() {
        return claims.getString("name", username());
    }

    Set<String> groups() {
        JsonArray groups = claims.containsKey("groups") ? claims.getJsonArray("groups") : JsonValue.EMPTY_JSON_ARRAY;
        return groups.getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toSet());
    }

    private static Set<String> audienceOf(JsonObject claims) {
        JsonValue aud = claims.get("aud");
        if (aud instanceof JsonString single) {
            return Set.of(single.getString());
        }
        if (aud instanceof JsonArray many) {
            return many.getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toSet());
        }
        return Set.of();
    }

    private static boolean signatureHolds(String[] parts, PublicKey key) throws SignInFailed {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SignInFailed("The ID token's signature cannot be checked.", e);
        }
    }

    static JsonObject json(String base64Url) throws SignInFailed {
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new SignInFailed("The ID token cannot be read.", e);
        }
    }
}
