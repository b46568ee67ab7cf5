package care.alliance.web.signin;

import care.alliance.access.SignIns;
import care.alliance.monitoring.LoggedFailure;
import care.alliance.monitoring.ProductMetrics;
import care.alliance.web.api.ApiProblems;
import care.alliance.web.headers.SecurityHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signs people in with the Keycloak realm by OpenID Connect's authorization-code flow with PKCE.
 * A request for a protected page without a session goes to Keycloak's login; Keycloak sends the
 * browser back to {@value #CALLBACK} with a code, which is exchanged for a verified ID token whose
 * realm roles become the caller's container roles. The session then carries the sign-in: each
 * later request is signed in again from it, roles included, until sign-out, the session's idle
 * timeout, Keycloak's back-channel logout ({@link BackChannelLogout}), or the sign-in's longest
 * lifetime: then the next request for a protected page starts a new sign-in, which reads the
 * roles afresh.
 *
 * <p>Requests to the REST API ({@code /api/}) are signed in by their bearer access token instead,
 * verified like the ID tokens (Jakarta Security takes one mechanism per application, so this one
 * serves both): the token's sub, user name and realm roles make the same caller as on the pages.
 */
@ApplicationScoped
public class OpenIdSignIn implements HttpAuthenticationMechanism {

    static final String CALLBACK = "/callback";
    private static final String BEARER = "Bearer ";
    static final String SIGNED_IN = "alliance.signin.caller";
    static final String ID_TOKEN = "alliance.signin.idToken";
    static final String DISPLAY_NAME = "alliance.signin.displayName";
    static final String RETURN_TO = "alliance.signin.returnTo";

    private static final Logger LOG = Logger.getLogger(OpenIdSignIn.class.getName());

    @Inject
    OpenIdProvider provider;

    @Inject
    SignInSettings settings;

    @Inject
    SignedInSessions sessions;

    @Inject
    EndedSignIns ended;

    @Inject
    SecurityHeaders headers;

    @Inject
    SignIns signIns;

    @Inject
    ProductMetrics metrics;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // The sign-in answers (redirects, 503) before any filter runs: it sets the headers itself.
        headers.applyTo(request, response);
        if (ApiProblems.isApiRequest(request)) {
            return signInBearer(request, response, context);
        }
        if (CALLBACK.equals(request.getServletPath())) {
            return completeSignIn(request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            if (!signedIn.hasOutlived(settings.sessionMaxLifetime(), Instant.now()) && !ended.hasEnded(signedIn)) {
                return context.notifyContainerAboutLogin(new CallerPrincipal(signedIn.username()), signedIn.groups());
            }
            // Past its longest lifetime, or ended by Keycloak or clinic IT while this node did not
            // hold the session, the sign-in ends with its session; a protected page signs in anew.
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return startSignIn(request, response, context);
    }

    /**
     * The REST API signs in each request by its bearer token alone: no session, no redirect to
     * Keycloak. A request without a valid token is answered 401 with a Bearer challenge.
     */
    private AuthenticationStatus signInBearer(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            if (!context.isProtected()) {
                return context.doNothing();
            }
            return ApiProblems.unauthorized(request, response, null);
        }
        try {
            AccessToken token = provider.accessToken(authorization.substring(BEARER.length()).trim());
            request.setAttribute(AccessToken.REQUEST_KEY, token);
            return context.notifyContainerAboutLogin(new CallerPrincipal(token.username()), token.groups());
        } catch (SignInFailed e) {
            LOG.log(Level.FINE, "Bearer token refused: {0}", e.getMessage());
            return ApiProblems.unauthorized(request, response, "invalid_token");
        }
    }

    private AuthenticationStatus startSignIn(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        PendingSignIn pending = PendingSignIn.startingFrom(pageAskedFor(request));
        request.getSession(true).setAttribute(PendingSignIn.SESSION_KEY, pending);
        try {
            String login = provider.authorizationRequest(pending, callbackUri(request)).toString();
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                return redirectAjax(response, login);
            }
            return context.redirect(login);
        } catch (SignInFailed e) {
            return unavailable(response, e);
        }
    }

    private AuthenticationStatus completeSignIn(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.SESSION_KEY);
        String code = request.getParameter("code");
        if (pending == null || code == null || !pending.state().equals(request.getParameter("state"))) {
            // A stale or replayed answer: start over from the home page rather than trust it.
            return context.redirect(request.getContextPath() + "/");
        }
        session.removeAttribute(PendingSignIn.SESSION_KEY);
        try {
            IdToken token = provider.redeem(code, pending, callbackUri(request));
            request.changeSessionId();
            SignedIn signedIn = SignedIn.by(token, Instant.now());
            session.setAttribute(SIGNED_IN, signedIn);
            sessions.signedIn(session, signedIn);
            metrics.signedIn();
            recordSignIn(token);
            session.setAttribute(ID_TOKEN, token.serialized());
            session.setAttribute(DISPLAY_NAME, token.displayName());
            session.setAttribute(RETURN_TO, pending.returnTo());
            return context.notifyContainerAboutLogin(new CallerPrincipal(token.username()), token.groups());
        } catch (SignInFailed e) {
            return unavailable(response, e);
        }
    }

    /** Their records show the user name the account has today; a database away does not stop the sign-in. */
    private void recordSignIn(IdToken token) {
        try {
            signIns.signedIn(token.subject(), token.username());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the sign-in''s user name: {0}", LoggedFailure.describe(e));
        }
    }

    private static String pageAskedFor(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return request.getRequestURI();
        }
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    private String callbackUri(HttpServletRequest request) {
        return settings.addressOf(request) + request.getContextPath() + CALLBACK;
    }

    private static AuthenticationStatus redirectAjax(HttpServletResponse response, String location) {
        try {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;") + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private static AuthenticationStatus unavailable(HttpServletResponse response, SignInFailed failure) {
        LOG.log(Level.WARNING, "Sign-in failed: {0}", failure.getMessage());
        try {
            // The 503 page says it, in the reader's language.
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not send the error page", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
