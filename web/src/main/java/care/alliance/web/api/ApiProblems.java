package care.alliance.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The API's answers when something is wrong, as RFC 9457 problem details in the caller's
 * language: English or Spanish, as Accept-Language asks, else English.
 */
public final class ApiProblems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String BUNDLE = "care.alliance.web.api.problems";
    private static final List<String> LANGUAGES = List.of("en", "es");
    private static final ResourceBundle.Control BASE_FILE_IS_ENGLISH =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ApiProblems() {
    }

    /** Made on first use, in the server, which brings the JSON-B implementation. */
    private static final class Writer {
        static final Jsonb JSON = JsonbBuilder.create();
    }

    /** Whether the request is for the REST API, which signs in by bearer token and answers in JSON. */
    public static boolean isApiRequest(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * 401 with a Bearer challenge, written and committed here: the sign-in answers before JAX-RS
     * runs, and the container must neither redirect nor replace the body.
     */
    public static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
            String error) {
        Locale locale = localeOf(Collections.list(request.getLocales()));
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", error == null ? "Bearer realm=\"alliance\""
                    : "Bearer realm=\"alliance\", error=\"" + error + "\"");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType(MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Content-Language", locale.getLanguage());
            response.getWriter().write(Writer.JSON.toJson(problem(401, error == null ? "unauthorized" : "invalidToken",
                    locale, null, null)));
            response.flushBuffer();
        } catch (IOException e) {
            // The caller went away; there is no one to tell.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The caller's language among those Alliance speaks. */
    static Locale localeOf(List<Locale> acceptable) {
        return acceptable.stream()
                .filter(locale -> LANGUAGES.contains(locale.getLanguage()))
                .findFirst()
                .map(locale -> Locale.forLanguageTag(locale.getLanguage()))
                .orElse(Locale.ENGLISH);
    }

    static Locale localeOf(HttpHeaders headers) {
        try {
            return localeOf(headers.getAcceptableLanguages());
        } catch (RuntimeException e) {
            // A malformed Accept-Language is not worth refusing the answer for.
            return Locale.ENGLISH;
        }
    }

    /** The answer with this status, whose title is the bundle's words for the problem's name. */
    static Response answer(int status, String name, Locale locale, String detail, String field, Object current) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .language(locale)
                .header("Cache-Control", "no-store")
                .entity(Writer.JSON.toJson(problem(status, name, locale, detail, field).withCurrent(current)))
                .build();
    }

    static Problem problem(int status, String name, Locale locale, String detail, String field) {
        return new Problem("urn:alliance:problem:" + name, say(locale, "title." + name), status, detail, field, null);
    }

    /** Words of the API's bundle in the language. */
    static String say(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, ApiProblems.class.getClassLoader(), BASE_FILE_IS_ENGLISH)
                .getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
