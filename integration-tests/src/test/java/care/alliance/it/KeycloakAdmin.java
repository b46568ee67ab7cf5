package care.alliance.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clinic IT at the tests' Keycloak, through its admin REST API as the administrator the harness
 * created: looks people up, ends their sessions, tries passwords, reads events and settings.
 */
final class KeycloakAdmin {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token = signIn();

    /** Keycloak's id (sub) of the realm's user with this user name. */
    String userId(String username) {
        HttpResponse<String> found = send(request("/users?exact=true&username=" + encode(username)).GET());
        Matcher id = ID.matcher(found.body());
        if (found.statusCode() != 200 || !id.find()) {
            throw new IllegalStateException("No user " + username + ": " + found.statusCode() + " " + found.body());
        }
        return id.group(1);
    }

    /** Ends every Keycloak session of the person, as "Sign out" on their Sessions tab does. */
    void endSessionsOf(String username) {
        HttpResponse<String> ended = send(request("/users/" + userId(username) + "/logout")
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (ended.statusCode() != 204) {
            throw new IllegalStateException("Logout of " + username + " answered " + ended.statusCode() + " " + ended.body());
        }
    }

    /** Sets a new password for the person as clinic IT would; returns Keycloak's answer. */
    HttpResponse<String> setPassword(String username, String password) {
        return send(request("/users/" + userId(username) + "/reset-password")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"type\":\"password\",\"temporary\":false,\"value\":\"" + password + "\"}")));
    }

    /** A GET of the realm's admin resource at this path, such as "/events?type=LOGIN". */
    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(TestSettings.keycloakUrl() + "/admin/realms/alliance" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }

    private String signIn() {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(
                        URI.create(TestSettings.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                        + encode(KeycloakServer.ADMIN) + "&password=" + encode(KeycloakServer.ADMIN_PASSWORD))));
        Matcher accessToken = ACCESS_TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !accessToken.find()) {
            throw new IllegalStateException("The administrator cannot sign in: " + answer.statusCode() + " " + answer.body());
        }
        return accessToken.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak's admin API cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
