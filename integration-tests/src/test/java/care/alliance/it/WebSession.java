package care.alliance.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's cookies and requests against Alliance and Keycloak, without a browser: follows
 * redirects one by one so tests can see where each request is sent, and signs in through
 * Keycloak's own login form.
 */
final class WebSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final int MAX_REDIRECTS = 10;

    private static final Pattern SET_COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)(.*)$");

    /**
     * Cookies by name. Alliance and Keycloak both live on localhost, where the JDK's cookie
     * manager keeps nothing, and their cookies have distinct names, so one jar serves both.
     */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** One request, no redirect followed. */
    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    /** One request as a browser set to the language asks it, no redirect followed. */
    HttpResponse<String> getIn(String languageTag, String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", languageTag).GET().build());
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
        HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
        if (!cookies.isEmpty()) {
            withCookies.header("Cookie", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
            keepCookies(response);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void keepCookies(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher cookie = SET_COOKIE.matcher(header);
            if (!cookie.matches()) {
                continue;
            }
            String attributes = cookie.group(3).toLowerCase(Locale.ROOT);
            boolean removed = attributes.contains("max-age=0") || attributes.contains("expires=thu, 01 jan 1970")
                    || attributes.contains("expires=thu, 01-jan-1970") || cookie.group(2).isEmpty();
            if (removed) {
                cookies.remove(cookie.group(1));
            } else {
                cookies.put(cookie.group(1), cookie.group(2));
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
