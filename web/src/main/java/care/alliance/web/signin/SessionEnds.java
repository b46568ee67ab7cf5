package care.alliance.web.signin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Forgets each session that ends (sign-out, timeout, lifetime), so the registry holds only live ones. */
@WebListener
public class SessionEnds implements HttpSessionListener {

    @Inject
    SignedInSessions sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.forget(event.getSession());
    }
}
