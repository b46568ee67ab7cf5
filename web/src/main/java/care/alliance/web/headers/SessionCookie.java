package care.alliance.web.headers;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * The session cookie (JSESSIONID) is HttpOnly and SameSite=Lax (web.xml and payara-web.xml, where
 * Payara reads SameSite), and Secure where {@link ProxySettings} say people reach Alliance over
 * HTTPS. Payara marks it Secure by itself only on requests that arrive over TLS, which behind a
 * TLS-ending proxy none do. The proxies' setting is read here too, so a wrong one stops the
 * deployment instead of the first request.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookie.class.getName());

    @Inject
    ProxySettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        settings.trustedProxies();
        if (settings.secureCookies()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
            LOG.info("The session cookie is sent over HTTPS only (Secure)");
        }
    }
}
