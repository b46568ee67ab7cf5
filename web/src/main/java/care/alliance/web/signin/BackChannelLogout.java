package care.alliance.web.signin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where Keycloak tells Alliance, server to server, that a sign-in has ended (OpenID Connect
 * Back-Channel Logout 1.0): a person signed out elsewhere, or clinic IT ended their sessions or
 * disabled them. The signed logout token is verified, then every Alliance session of that
 * Keycloak session, or of that person, ends at once. No browser comes here, so there is no
 * session, cookie or page form to protect: the token's signature is the proof.
 */
@WebServlet(BackChannelLogout.PATH)
public class BackChannelLogout extends HttpServlet {

    static final String PATH = "/signin/backchannel-logout";

    private static final Logger LOG = Logger.getLogger(BackChannelLogout.class.getName());

    @Inject
    OpenIdProvider provider;

    @Inject
    SignedInSessions sessions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String token = request.getParameter("logout_token");
        if (token == null || token.isBlank()) {
            refuse(response, "no logout_token");
            return;
        }
        try {
            int ended = sessions.end(provider.logoutToken(token));
            LOG.log(Level.FINE, "Back-channel logout ended {0} session(s)", ended);
            response.setStatus(HttpServletResponse.SC_OK);
        } catch (SignInFailed e) {
            refuse(response, e.getMessage());
        }
    }

    /** The answer the specification asks for: 400 with an OAuth error, which Keycloak logs. */
    private static void refuse(HttpServletResponse response, String reason) throws IOException {
        LOG.log(Level.WARNING, "Back-channel logout refused: {0}", reason);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"invalid_request\"}");
    }
}
