package care.alliance.web.signin;

import care.alliance.account.OpenSessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The HTTP sessions that carry a sign-in, so that one Keycloak ends through back-channel logout
 * ends here at once, rather than when the person next comes back. Sessions that end otherwise are
 * forgotten by {@link SessionEnds}. This registry holds the sessions signed in through this node;
 * each end is also recorded in {@link EndedSignIns}, so that on a cluster the other nodes end
 * theirs at the session's next request.
 */
@ApplicationScoped
public class SignedInSessions implements OpenSessions {

    @Inject
    EndedSignIns ended;

    private record Entry(HttpSession session, SignedIn signedIn) {
    }

    private final Map<String, Entry> byId = new ConcurrentHashMap<>();

    void signedIn(HttpSession session, SignedIn signedIn) {
        byId.put(session.getId(), new Entry(session, signedIn));
    }

    void forget(HttpSession session) {
        byId.remove(session.getId());
    }

    /** Ends every session of the Keycloak session or person the logout token names; returns how many. */
    int end(LogoutToken logout) {
        ended.record(logout, Instant.now());
        return endWhere(signedIn -> signedIn.isEndedBy(logout));
    }

    /** Ends every session of the account, as when clinic IT lets its person go; returns how many. */
    @Override
    public int endAllOf(String accountId) {
        ended.recordAllOf(accountId, Instant.now());
        return endWhere(signedIn -> signedIn.subject().equals(accountId));
    }

    private int endWhere(Predicate<SignedIn> ends) {
        int ended = 0;
        for (Entry entry : byId.values()) {
            if (ends.test(entry.signedIn())) {
                byId.remove(entry.session().getId());
                try {
                    entry.session().invalidate();
                    ended++;
                } catch (IllegalStateException alreadyEnded) {
                    // it ended meanwhile, which is what was asked
                }
            }
        }
        return ended;
    }
}
