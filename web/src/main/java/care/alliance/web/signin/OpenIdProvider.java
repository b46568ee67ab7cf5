package care.alliance.web.signin;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Keycloak realm as an OpenID Connect provider: its endpoints (from the discovery document),
 * the checks of the tokens it signs, and the exchange of an authorization code for tokens.
 */
@ApplicationScoped
public class OpenIdProvider {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    SignInSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile JsonObject discovery;
    private volatile RealmTokens tokens;
    private volatile JWKSource<SecurityContext> keys;

    /** Where to send a browser to sign in, asking for a code bound to this sign-in by PKCE. */
    URI authorizationRequest(PendingSignIn pending, String redirectUri) throws SignInFailed {
        // Sent to a Keycloak that is down, the browser would show only its own connection error.
        if (!isReachable()) {
            throw new SignInFailed("The provider does not answer.");
        }
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
        JsonObject answer = fetch(request, "exchange the sign-in code");
        if (!(answer.get("id_token") instanceof JsonString idToken)) {
            throw new SignInFailed("The provider answered without an ID token.");
        }
        return tokens().idToken(idToken.getString(), pending.nonce());
    }

    /** Verifies a bearer token sent to the REST API: issuer, audience, signature, times and azp. */
    AccessToken accessToken(String serialized) throws SignInFailed {
        return RealmTokens.accessToken(serialized, settings.provider(), settings.apiAudience(), keys(), Clock.systemUTC());
    }

    /** Verifies a back-channel logout token the realm sent. */
    LogoutToken logoutToken(String serialized) throws SignInFailed {
        return tokens().logoutToken(serialized);
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
        if (!(document.get(name) instanceof JsonString address)) {
            throw new SignInFailed("The provider has no " + name + ".");
        }
        return address.getString();
    }

    /** The realm's token checks, made once its jwks_uri is known; the keys behind them refresh themselves. */
    private RealmTokens tokens() throws SignInFailed {
        RealmTokens current = tokens;
        if (current == null) {
            current = new RealmTokens(settings.provider(), settings.clientId(), keys(), Clock.systemUTC());
            tokens = current;
        }
        return current;
    }

    /** The realm's keys, one source for every kind of token so that they are fetched and refreshed once. */
    private JWKSource<SecurityContext> keys() throws SignInFailed {
        JWKSource<SecurityContext> current = keys;
        if (current == null) {
            try {
                current = RealmTokens.keysAt(URI.create(endpoint("jwks_uri")).toURL());
            } catch (MalformedURLException | IllegalArgumentException e) {
                throw new SignInFailed("The provider's jwks_uri is not a URL.", e);
            }
            keys = current;
        }
        return current;
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
        } catch (JsonException e) {
            throw new SignInFailed("Could not " + purpose + ": the provider's answer is not a JSON object.", e);
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
