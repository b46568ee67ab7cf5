package care.alliance.web.signin;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signs out of Alliance and of Keycloak: the session here ends, then the browser goes to the
 * realm's end-session endpoint, which ends the Keycloak session and comes back to a public page.
 */
@WebServlet("/signout")
public class SignOut extends HttpServlet {

    @Inject
    OpenIdProvider provider;

    @Inject
    SignInSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String idToken = session == null ? null : (String) session.getAttribute(OpenIdSignIn.ID_TOKEN);
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        String signedOut = settings.addressOf(request) + request.getContextPath() + "/signed-out.xhtml";
        try {
            response.sendRedirect(provider.endSessionRequest(idToken, signedOut).toString());
        } catch (SignInFailed e) {
            response.sendRedirect(signedOut);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        doPost(request, response);
    }
}
