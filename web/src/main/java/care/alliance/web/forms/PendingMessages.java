package care.alliance.web.forms;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.FacesMessage;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a change tells the person on the page it sends them to (post-redirect-get): the
 * confirmation and whatever else the request said, and the page's notices such as the crisis
 * resources, until that page is shown. Kept in the web session, which every node of a cluster
 * reads, so the page says it whichever node answers the redirect (the Faces flash stays in the
 * memory of the node that set it).
 *
 * <p>Two tabs of one person share the session, so what is pending is kept by the address the
 * redirect goes to, path and query ({@code /alliance/clinician/goal.xhtml?goal=5}), and taken by
 * the first page shown at that address: a page opened meanwhile in another tab, or another
 * record's page, never shows it. What no page took within {@link #KEPT_FOR} (a redirect that was
 * not followed) is dropped, so it does not turn up on a later visit.
 */
@SessionScoped
public class PendingMessages implements Serializable {

    static final Duration KEPT_FOR = Duration.ofMinutes(2);
    /** More than the tabs one person saves from at once; the oldest goes first. */
    static final int ADDRESSES = 10;

    /** One Faces message, by value: its client id is null for a message at the top of the page. */
    public record Message(String clientId, int severity, String summary, String detail) implements Serializable {

        static Message of(String clientId, FacesMessage message) {
            return new Message(clientId, message.getSeverity().getOrdinal(), message.getSummary(), message.getDetail());
        }

        FacesMessage toFacesMessage() {
            return new FacesMessage((FacesMessage.Severity) FacesMessage.VALUES.get(severity), summary, detail);
        }
    }

    /** What one page is to show, and since when it waits. */
    public record Pending(List<Message> messages, Set<String> notices, Instant keptAt) implements Serializable {

        public Pending {
            messages = List.copyOf(messages);
            notices = Set.copyOf(notices);
        }
    }

    private final LinkedHashMap<String, Pending> byAddress = new LinkedHashMap<>();

    /** Keeps what the page at the address is to show; added to what already waits for it. */
    synchronized void keep(String address, List<Message> messages, Set<String> notices, Instant now) {
        dropStale(now);
        Pending waiting = byAddress.remove(address);
        List<Message> allMessages = new ArrayList<>(waiting == null ? List.of() : waiting.messages());
        allMessages.addAll(messages);
        Set<String> allNotices = new LinkedHashSet<>(waiting == null ? Set.of() : waiting.notices());
        allNotices.addAll(notices);
        byAddress.put(address, new Pending(allMessages, allNotices, now));
        while (byAddress.size() > ADDRESSES) {
            byAddress.remove(byAddress.keySet().iterator().next());
        }
    }

    /** What waits for the page at the address, once: the page shown next there finds nothing. */
    synchronized Optional<Pending> take(String address, Instant now) {
        dropStale(now);
        return Optional.ofNullable(byAddress.remove(address));
    }

    private void dropStale(Instant now) {
        Instant oldest = now.minus(KEPT_FOR);
        for (Iterator<Map.Entry<String, Pending>> pending = byAddress.entrySet().iterator(); pending.hasNext();) {
            if (pending.next().getValue().keptAt().isBefore(oldest)) {
                pending.remove();
            }
        }
    }

    /**
     * The address a redirect's URL or a request names, as both are compared: path and query,
     * without scheme, host, fragment or a session id in the path.
     */
    static String addressOf(String url) {
        String withoutSessionId = url.replaceAll("(?i);jsessionid=[^?#/]*", "");
        try {
            URI uri = new URI(withoutSessionId);
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException notAUri) {
            int fragment = withoutSessionId.indexOf('#');
            return fragment < 0 ? withoutSessionId : withoutSessionId.substring(0, fragment);
        }
    }
}
