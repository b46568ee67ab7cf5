package care.alliance.web.signin;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Who signed in on an HTTP session: their stable Keycloak id (sub), user name and realm roles,
 * the Keycloak session the sign-in belongs to (sid, which back-channel logout names), and when
 * they signed in, since a sign-in lasts only so long whatever the activity.
 */
record SignedIn(String subject, String username, String keycloakSession, Set<String> groups, Instant at)
        implements Serializable {

    SignedIn {
        groups = Set.copyOf(groups);
    }

    static SignedIn by(IdToken token, Instant at) {
        return new SignedIn(token.subject(), token.username(), token.keycloakSession(), token.groups(), at);
    }

    /** Whether this sign-in has lasted its longest at this moment: then the person signs in again. */
    boolean hasOutlived(Duration longest, Instant now) {
        return !now.isBefore(at.plus(longest));
    }

    /** Whether the logout token ends this sign-in: its Keycloak session, or all of this person's. */
    boolean isEndedBy(LogoutToken logout) {
        return logout.keycloakSession() != null
                ? logout.keycloakSession().equals(keycloakSession)
                : logout.subject().equals(subject);
    }
}
