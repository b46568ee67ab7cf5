package care.alliance.web.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The Keycloak realm as an OpenID Connect provider: its endpoints (from the discovery document),
 * its signing keys, and the exchange of an authorization code for tokens.
 */
@ApplicationScoped
public class OpenIdProvider {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    SignInSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();
    private volatile JsonObject discovery;

    /** Where to send a browser to sign in, asking for a code bound to this sign-in by PKCE. */
    URI authorizationRequest(PendingSignIn pending, String redirectUri) throws SignInFailed {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", "openid profile email");
        query.put("state", pending.state());
        query.put("nonce", pending.nonce());
        query.put("code_challenge", pending.codeChallenge());
        query.put("code_challenge_method", "S256");
        return URI.create(endpoint("authorization_endpoint") + "?" + form(query));
    }

    /** Exchanges the code for tokens and returns the verified ID token. */
    IdToken redeem(String code, PendingSignIn pending, String redirectUri) throws SignInFailed {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("code_verifier", pending.codeVerifier());
        String credentials = URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(settings.clientSecret(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint("token_endpoint")))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                .build();
        JsonObject tokens = fetch(request, "exchange the sign-in code");
        if (!tokens.containsKey("id_token")) {
            throw new SignInFailed("The provider answered without an ID token.");
        }
        return IdToken.verify(tokens.getString("id_token"), this::signingKey, settings.provider(),
                settings.clientId(), pending.nonce(), Instant.now());
    }

    /** Where to send a browser to end its provider session, returning to the given page. */
    URI endSessionRequest(String idToken, String returnTo) throws SignInFailed {
        Map<String, String> query = new LinkedHashMap<>();
        if (idToken != null) {
            query.put("id_token_hint", idToken);
        }
        query.put("client_id", settings.clientId());
        query.put("post_logout_redirect_uri", returnTo);
        return URI.create(endpoint("end_session_endpoint") + "?" + form(query));
    }

    /** Whether the provider answers now; readiness asks this. */
    public boolean isReachable() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.provider() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String endpoint(String name) throws SignInFailed {
        JsonObject document = discovery;
        if (document == null) {
            document = fetch(HttpRequest.newBuilder(URI.create(settings.provider() + "/.well-known/openid-configuration"))
                    .timeout(TIMEOUT).GET().build(), "read the provider's configuration");
            discovery = document;
        }
        if (!document.containsKey(name)) {
            throw new SignInFailed("The provider has no " + name + ".");
        }
        return document.getString(name);
    }

    private PublicKey signingKey(String keyId) {
        PublicKey key = keys.get(keyId);
        if (key == null) {
            loadKeys();
            key = keys.get(keyId);
        }
        return key;
    }

    /** Loads the realm's current keys; called again when a token names a key not seen before. */
    private synchronized void loadKeys() {
        try {
            JsonObject jwks = fetch(HttpRequest.newBuilder(URI.create(endpoint("jwks_uri"))).timeout(TIMEOUT).GET().build(),
                    "read the provider's signing keys");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            for (JsonObject jwk : jwks.getJsonArray("keys").getValuesAs(JsonObject.class)) {
                if ("RSA".equals(jwk.getString("kty", "")) && "sig".equals(jwk.getString("use", "sig"))) {
                    keys.put(jwk.getString("kid", ""), rsa.generatePublic(new RSAPublicKeySpec(
                            unsigned(jwk.getString("n")), unsigned(jwk.getString("e")))));
                }
            }
        } catch (SignInFailed | GeneralSecurityException | RuntimeException e) {
            keys.clear();
        }
    }

    private static BigInteger unsigned(String base64Url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
    }

    private JsonObject fetch(HttpRequest request, String purpose) throws SignInFailed {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new SignInFailed("Could not " + purpose + ": the provider answered " + response.statusCode() + ".");
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new SignInFailed("Could not " + purpose + ": the provider cannot be reached.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInFailed("Interrupted while trying to " + purpose + ".", e);
        }
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
