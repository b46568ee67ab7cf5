package care.alliance.it;

import java.io.IOException;
import java.net.CookieManager;
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
 * One person's cookies and requests against Alliance and Keycloak, without a browser: follows
 * redirects one by one so tests can see where each request is sent, and signs in through
 * Keycloak's own login form.
 */
final class WebSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final int MAX_REDIRECTS = 10;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** One request, no redirect followed. */
    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    HttpResponse<String> post(String url, String form) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Follows redirects from the given response until a page answers. */
    HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; isRedirect(current); hops++) {
            if (hops == MAX_REDIRECTS) {
                throw new IllegalStateException("Too many redirects, last to " + location(current));
            }
            current = get(current.uri().resolve(location(current)).toString());
        }
        return current;
    }

    /** Opens the page, signs in on Keycloak's login form when sent there, and returns where that ends. */
    HttpResponse<String> signIn(String username, String password, String pageUrl) {
        HttpResponse<String> login = follow(get(pageUrl));
        Matcher form = LOGIN_FORM.matcher(login.body());
        if (!form.find()) {
            throw new IllegalStateException("Expected Keycloak's login form at " + login.uri() + " but got " + login.statusCode());
        }
        String action = form.group(1).replace("&amp;", "&");
        return follow(post(action, "username=" + encode(username) + "&password=" + encode(password) + "&credentialId="));
    }

    static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() >= 300 && response.statusCode() < 400;
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    static boolean isKeycloakLoginForm(HttpResponse<String> response) {
        return response.statusCode() == 200 && LOGIN_FORM.matcher(response.body()).find();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
