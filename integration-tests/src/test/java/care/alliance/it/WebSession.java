package care.alliance.it;

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
 * One person's cookies and requests against Alliance and Keycloak, without a browser: follows
 * redirects one by one so tests can see where each request is sent, and signs in through
 * Keycloak's own login form. Several threads may use one session at once, as several tabs do.
 */
final class WebSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final int MAX_REDIRECTS = 10;

    private static final Pattern SET_COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)(.*)$");

    /**
     * Cookies by name. Alliance and Keycloak both live on localhost, where the JDK's cookie
     * manager keeps nothing, and their cookies have distinct names, so one jar serves both.
     */
    private final Map<String, String> cookies = Collections.synchronizedMap(new LinkedHashMap<>());

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** One request, no redirect followed; headers as name, value, name, value… */
    HttpResponse<String> get(String url, String... headers) {
        return send(withHeaders(HttpRequest.newBuilder(URI.create(url)), headers).timeout(Duration.ofSeconds(30)).GET().build());
    }

    HttpResponse<String> post(String url, String form, String... headers) {
        return send(withHeaders(HttpRequest.newBuilder(URI.create(url)), headers).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** A form sent as a browser sends it from one of the site's own pages: it says its origin. */
    HttpResponse<String> postFromPage(String url, String form) {
        URI to = URI.create(url);
        return post(url, form, "Origin", to.getScheme() + "://" + to.getAuthority());
    }

    /** Any method, for the methods pages do not take. */
    HttpResponse<String> send(String method, String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
        return headers.length == 0 ? request : request.headers(headers);
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

    /** The browser's languages, as its Accept-Language header says them; none unless set. */
    private volatile String languages;

    /** From now on this browser asks for pages in the given languages ("es", "es-MX,es;q=0.9"). */
    WebSession readingIn(String acceptLanguage) {
        this.languages = acceptLanguage;
        return this;
    }

    private HttpResponse<String> send(HttpRequest request) {
        HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
        if (languages != null) {
            withCookies.setHeader("Accept-Language", languages);
        }
        synchronized (cookies) {
            if (!cookies.isEmpty()) {
                withCookies.header("Cookie", cookies.entrySet().stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                        .collect(Collectors.joining("; ")));
            }
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
