package care.alliance.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A system calling Alliance's REST API as a demo user: a real access token from the tests'
 * Keycloak by the password grant of the realm's alliance-api client, sent as a bearer token.
 */
final class ApiCaller {

    static final String CLIENT_ID = "alliance-api";
    static final String CLIENT_SECRET = "alliance-api-demo-secret";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Tokens live five minutes; one is used for at most two, so that none expires during a test. */
    private static final Duration TOKEN_REUSED_FOR = Duration.ofMinutes(2);
    private static final Map<String, Issued> TOKENS = new ConcurrentHashMap<>();

    private record Issued(String token, Instant at) {
    }

    private final String api;
    private final String token;
    private final String language;

    private ApiCaller(String api, String token, String language) {
        this.api = api;
        this.token = token;
        this.language = language;
    }

    /** The user with a token of the last two minutes, asked for anew when the last one is older. */
    static ApiCaller as(String app, String username) {
        Issued issued = TOKENS.compute(username, (name, last) -> last != null
                && last.at().plus(TOKEN_REUSED_FOR).isAfter(Instant.now()) ? last : new Issued(tokenOf(name), Instant.now()));
        return new ApiCaller(app + "/api/v1", issued.token(), "en");
    }

    static ApiCaller anonymous(String app) {
        return new ApiCaller(app + "/api/v1", null, "en");
    }

    static ApiCaller withToken(String app, String token) {
        return new ApiCaller(app + "/api/v1", token, "en");
    }

    ApiCaller inLanguage(String tag) {
        return new ApiCaller(api, token, tag);
    }

    String token() {
        return token;
    }

    static String tokenOf(String username) {
        String form = "grant_type=password&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(DeployedAlliance.PASSWORD, StandardCharsets.UTF_8)
                + "&scope=openid";
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(TestSettings.keycloakUrl()
                        + "/realms/alliance/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + answer.body());
        }
        return json(answer.body()).asJsonObject().getString("access_token");
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> post(String path, String body, String ifMatch) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(ifMatch == null ? request.build() : request.header("If-Match", ifMatch).build());
    }

    HttpResponse<String> put(String path, String body, String ifMatch) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        return send(ifMatch == null ? request.build() : request.header("If-Match", ifMatch).build());
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Accept-Language", language);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    static JsonStructure json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.read();
        }
    }

    static JsonObject object(HttpResponse<String> response) {
        return json(response.body()).asJsonObject();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
