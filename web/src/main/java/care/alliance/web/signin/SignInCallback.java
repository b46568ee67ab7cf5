package care.alliance.web.signin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back after a sign-in. {@link OpenIdSignIn} has already
 * signed the person in; this returns them to the page they first asked for, on this site only.
 */
@WebServlet(OpenIdSignIn.CALLBACK)
public class SignInCallback extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object returnTo = session == null ? null : session.getAttribute(OpenIdSignIn.RETURN_TO);
        if (session != null) {
            session.removeAttribute(OpenIdSignIn.RETURN_TO);
        }
        String target = returnTo instanceof String page && page.startsWith(request.getContextPath() + "/")
                && !page.startsWith("//")
                ? page
                : request.getContextPath() + "/";
        response.sendRedirect(target);
    }
}
