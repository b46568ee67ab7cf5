package care.alliance.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser without a browser: its own cookies and connections, signing in through
 * Keycloak's own login form, as the integration tests' WebSession does. Several threads may use
 * one session at once, as several tabs do.
 */
final class Session {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern SET_COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)(.*)$");
    /** How long a request may take before it counts as an error (bench.request.timeout.seconds). */
    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("bench.request.timeout.seconds", 120));

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    final String username;
    private volatile String accessToken;
    private volatile long tokenAt;
    private final Map<String, String> cookies = Collections.synchronizedMap(new LinkedHashMap<>());
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    Session(String username) {
        this.username = username;
    }

    /** Signs in on Keycloak's login form from the given page, and returns where that ends. */
    static Session signedIn(String username, String password, String pageUrl) {
        Session session = new Session(username);
        HttpResponse<String> login = session.follow(session.get(pageUrl));
        Matcher form = LOGIN_FORM.matcher(login.body());
        if (!form.find()) {
            throw new IllegalStateException("Expected Keycloak's login form for " + username + " at " + login.uri()
                    + " but got " + login.statusCode());
        }
        HttpResponse<String> landed = session.follow(session.post(form.group(1).replace("&amp;", "&"),
                "username=" + encode(username) + "&password=" + encode(password) + "&credentialId=", false));
        if (landed.statusCode() != 200 || LOGIN_FORM.matcher(landed.body()).find()) {
            throw new IllegalStateException(username + " could not sign in: " + landed.statusCode() + " at " + landed.uri());
        }
        return session;
    }

    /**
     * A GET to the REST API with this person's bearer token, asked for by the password grant of the
     * realm's alliance-api client, and asked for anew every three minutes since tokens live five.
     */
    HttpResponse<String> getWithToken(String url, String tokenEndpoint, String password) {
        if (accessToken == null || System.nanoTime() - tokenAt > Duration.ofMinutes(3).toNanos()) {
            HttpResponse<String> answer = post(tokenEndpoint, "grant_type=password&client_id=alliance-api"
                    + "&client_secret=alliance-api-demo-secret&username=" + encode(username) + "&password="
                    + encode(password), false);
            Matcher token = ACCESS_TOKEN.matcher(answer.body());
            if (answer.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("No API token for " + username + ": " + answer.statusCode());
            }
            accessToken = token.group(1);
            tokenAt = System.nanoTime();
        }
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept", "application/json")
                .header("Authorization", "Bearer " + accessToken).GET().build());
    }

    /** The value of one cookie this browser holds, to hand its signed-in session to another browser. */
    String cookie(String name) {
        String value = cookies.get(name);
        if (value == null) {
            throw new IllegalStateException(username + " holds no cookie " + name);
        }
        return value;
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build());
    }

    /** A form post; from one of the site's own pages it says its origin, as a browser does. */
    HttpResponse<String> post(String url, String form, boolean fromPage) {
        URI to = URI.create(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(to).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (fromPage) {
            request.header("Origin", to.getScheme() + "://" + to.getAuthority());
        }
        return send(request.build());
    }

    HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; current.statusCode() >= 300 && current.statusCode() < 400; hops++) {
            if (hops == 10) {
                throw new IllegalStateException("Too many redirects from " + response.uri());
            }
            current = get(current.uri().resolve(current.headers().firstValue("Location").orElseThrow()).toString());
        }
        return current;
    }

    private HttpResponse<String> send(HttpRequest request) {
        HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
        synchronized (cookies) {
            if (!cookies.isEmpty()) {
                withCookies.header("Cookie", cookies.entrySet().stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
            }
        }
        try {
            HttpResponse<String> response = http.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
            keepCookies(response);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + request.uri() + " failed: " + e, e);
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
            if (attributes.contains("max-age=0") || attributes.contains("expires=thu, 01 jan 1970")
                    || attributes.contains("expires=thu, 01-jan-1970") || cookie.group(2).isEmpty()) {
                cookies.remove(cookie.group(1));
            } else {
                cookies.put(cookie.group(1), cookie.group(2));
            }
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
