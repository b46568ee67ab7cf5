package care.alliance.web.signin;

import care.alliance.web.layout.RequestSender;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Signs out of Alliance and of Keycloak: the session here ends, then the browser goes to the
 * realm's end-session endpoint, which ends the Keycloak session and comes back to a public page.
 *
 * <p>Only a POST from Alliance's own pages signs out. A GET, which any link, image or prefetch
 * on any site can send, gets a page with the sign-out button instead; a POST whose Origin (or,
 * without one, Referer) is another site's is refused. Browsers send Origin with every POST, and
 * no page can forge it, so this needs no token in the page template's plain form.
 */
@WebServlet("/signout")
public class SignOut extends HttpServlet {

    private static final String MESSAGES = "care.alliance.web.messages";

    @Inject
    OpenIdProvider provider;

    @Inject
    SignInSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!comesFromAlliance(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
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

    /** Signs nobody out: says that signing out is a button, and shows it (405, Allow: POST). */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = request.getLocale();
        ResourceBundle texts = ResourceBundle.getBundle(MESSAGES, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", "POST");
        response.setContentType("text/html;charset=UTF-8");
        String signOut = request.getContextPath() + "/signout";
        PrintWriter page = response.getWriter();
        // Only the bundle's own texts appear here, nothing from the request.
        String lang = texts.getLocale().getLanguage().isEmpty() ? "en" : texts.getLocale().getLanguage();
        page.write("<!DOCTYPE html><html lang=\"" + lang
                + "\"><head><meta charset=\"UTF-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + texts.getString("signOut.confirm.title") + " · " + texts.getString("app.name") + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/jakarta.faces.resource/alliance/alliance.css.xhtml\"/></head><body><main id=\"main\">"
                + "<h1>" + texts.getString("signOut.confirm.title") + "</h1>"
                + "<p class=\"notice\">" + texts.getString("signOut.confirm.text") + "</p>"
                + "<form method=\"post\" action=\"" + signOut + "\"><button type=\"submit\" id=\"sign-out\">"
                + texts.getString("nav.signOut") + "</button></form>"
                + "<p><a href=\"" + request.getContextPath() + "/\">" + texts.getString("error.home") + "</a></p>"
                + "</main></body></html>");
    }

    /**
     * Whether the POST was sent by a page of Alliance itself; one that says nothing of its sender is
     * not a browser's cross-site request, which always carries Origin.
     */
    private boolean comesFromAlliance(HttpServletRequest request) {
        return RequestSender.of(request, settings.addressOf(request)) != RequestSender.ANOTHER_SITE;
    }
}
