package care.alliance.web.headers;

import care.alliance.web.signin.SignInSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The headers every answer of Alliance carries, pages, error pages, redirects and sign-out alike:
 * browsers are asked not to sniff types, not to frame Alliance, to tell other sites nothing of the
 * address, not to keep pages (they carry health information; style sheets and scripts may be
 * cached), and to run only Alliance's own scripts ({@link ContentSecurityPolicy}).
 * {@link SecurityHeadersFilter} sets them before anything answers, and the sign-in, which answers
 * before any filter runs, sets them itself.
 */
@ApplicationScoped
public class SecurityHeaders {

    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    SignInSettings settings;

    /** Sets the headers on the answer; later changes cannot take them off, only a reset can. */
    public void applyTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(ContentSecurityPolicy.HEADER, policy().toString());
        if (!request.getRequestURI().contains(RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /**
     * The answer as the page sees it: when PrimeFaces sends its policy, Alliance's goes instead,
     * with PrimeFaces' nonce, so a page has exactly one policy.
     */
    public HttpServletResponse keepingThePolicy(HttpServletResponse response) {
        return new KeepsThePolicy(response, policy());
    }

    private ContentSecurityPolicy policy() {
        return ContentSecurityPolicy.signingInAt(settings.provider());
    }

    private static final class KeepsThePolicy extends HttpServletResponseWrapper {

        private final ContentSecurityPolicy policy;

        KeepsThePolicy(HttpServletResponse response, ContentSecurityPolicy policy) {
            super(response);
            this.policy = policy;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, isPolicy(name) ? policy.withNonceOf(value).toString() : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (isPolicy(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        private static boolean isPolicy(String name) {
            return ContentSecurityPolicy.HEADER.equalsIgnoreCase(name);
        }
    }
}
