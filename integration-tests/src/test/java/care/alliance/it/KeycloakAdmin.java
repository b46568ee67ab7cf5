package care.alliance.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clinic IT at the tests' Keycloak, through its admin REST API as the administrator the harness
 * created: looks people up, ends their sessions, tries passwords, reads events and settings.
 */
final class KeycloakAdmin {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern BACKCHANNEL_URL = Pattern.compile("\"backchannel\\.logout\\.url\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token = signIn();
    private Instant signedInAt = Instant.now();

    /** Keycloak's id (sub) of the realm's user with this user name. */
    String userId(String username) {
        HttpResponse<String> found = send(request("/users?exact=true&username=" + encode(username)).GET());
        Matcher id = ID.matcher(found.body());
        if (found.statusCode() != 200 || !id.find()) {
            throw new IllegalStateException("No user " + username + ": " + found.statusCode() + " " + found.body());
        }
        return id.group(1);
    }

    /** Whether the realm has a user with exactly this user name. */
    boolean hasUser(String username) {
        HttpResponse<String> found = send(request("/users?exact=true&username=" + encode(username)).GET());
        if (found.statusCode() != 200) {
            throw new IllegalStateException("Looking for " + username + " answered " + found.statusCode());
        }
        return ID.matcher(found.body()).find();
    }

    /** The user's representation as the admin API gives it (JSON), such as its "enabled" and "requiredActions". */
    String user(String username) {
        return send(request("/users/" + userId(username)).GET()).body();
    }

    /** The realm roles the user holds (JSON list). */
    String realmRolesOf(String username) {
        return send(request("/users/" + userId(username) + "/role-mappings/realm").GET()).body();
    }

    /**
     * Takes one of realm-management's roles from Alliance's service account, or gives it back, as
     * clinic IT would on the service account's Roles tab.
     */
    void serviceAccountHolds(String realmManagementRole, boolean holds) {
        String user = userId("service-account-alliance-admin");
        Matcher client = ID.matcher(send(request("/clients?clientId=realm-management").GET()).body());
        if (!client.find()) {
            throw new IllegalStateException("No realm-management client");
        }
        String role = send(request("/clients/" + client.group(1) + "/roles/" + realmManagementRole).GET()).body();
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString("[" + role + "]");
        HttpResponse<String> changed = send(request("/users/" + user + "/role-mappings/clients/" + client.group(1))
                .header("Content-Type", "application/json")
                .method(holds ? "POST" : "DELETE", body));
        if (changed.statusCode() != 204) {
            throw new IllegalStateException("Changing the service account's roles answered " + changed.statusCode()
                    + " " + changed.body());
        }
    }

    /** Ends every Keycloak session of the person, as "Sign out" on their Sessions tab does. */
    void endSessionsOf(String username) {
        HttpResponse<String> ended = send(request("/users/" + userId(username) + "/logout")
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (ended.statusCode() != 204) {
            throw new IllegalStateException("Logout of " + username + " answered " + ended.statusCode() + " " + ended.body());
        }
    }

    /**
     * Points the web client's back-channel logout at another address, as clinic IT does on the
     * client's Settings tab; returns the address it had.
     */
    String backChannelLogoutUrl(String url) {
        Matcher client = ID.matcher(send(request("/clients?clientId=alliance-web").GET()).body());
        if (!client.find()) {
            throw new IllegalStateException("No alliance-web client");
        }
        String representation = send(request("/clients/" + client.group(1)).GET()).body();
        Matcher current = BACKCHANNEL_URL.matcher(representation);
        if (!current.find()) {
            throw new IllegalStateException("alliance-web has no back-channel logout address: " + representation);
        }
        HttpResponse<String> changed = send(request("/clients/" + client.group(1))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        current.replaceFirst(Matcher.quoteReplacement("\"backchannel.logout.url\":\"" + url + "\"")))));
        if (changed.statusCode() != 204) {
            throw new IllegalStateException("Changing the back-channel logout answered " + changed.statusCode()
                    + " " + changed.body());
        }
        return current.group(1);
    }

    /**
     * Gives the person's account a new user name, as clinic IT does on their Details tab. The realm
     * keeps user names fixed (people may not change their own), so clinic IT allows the change for
     * the moment it takes, as Realm settings → Edit username does.
     */
    void rename(String username, String newUsername) {
        String id = userId(username);
        allowEditingUsernames(true);
        try {
            putUsername(id, username, newUsername);
        } finally {
            allowEditingUsernames(false);
        }
    }

    private void allowEditingUsernames(boolean allowed) {
        HttpResponse<String> changed = send(HttpRequest.newBuilder(
                        URI.create(TestSettings.keycloakUrl() + "/admin/realms/alliance"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"editUsernameAllowed\":" + allowed + "}")));
        if (changed.statusCode() != 204) {
            throw new IllegalStateException("Edit username answered " + changed.statusCode() + " " + changed.body());
        }
    }

    private void putUsername(String id, String username, String newUsername) {
        HttpResponse<String> renamed = send(request("/users/" + id)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + newUsername + "\"}")));
        if (renamed.statusCode() != 204) {
            throw new IllegalStateException("Renaming " + username + " answered " + renamed.statusCode() + " " + renamed.body());
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

    /** The administrator's token lasts a minute; a long test signs in again rather than be refused. */
    private String token() {
        if (Instant.now().isAfter(signedInAt.plusSeconds(30))) {
            token = signIn();
            signedInAt = Instant.now();
        }
        return token;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(TestSettings.keycloakUrl() + "/admin/realms/alliance" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token());
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
