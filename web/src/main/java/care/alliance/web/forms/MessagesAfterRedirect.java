package care.alliance.web.forms;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A request that ends in a redirect hands what it said (its Faces messages, beside their fields
 * or at the top) and the notices it set to the page the redirect opens, through
 * {@link PendingMessages} in the web session: {@link Kept} when Faces redirects, {@link Shown}
 * when that page comes. A page answered directly shows its messages itself and keeps nothing.
 */
public final class MessagesAfterRedirect {

    private static final String NOTICES = "care.alliance.web.noticesAfterRedirect";

    private MessagesAfterRedirect() {
    }

    /**
     * Asks the page this request redirects to to show a notice: there, the request attribute of
     * that name is {@code true} (in a page, {@code #{requestScope.name}}).
     */
    @SuppressWarnings("unchecked")
    public static void notice(FacesContext faces, String name) {
        ((Set<String>) faces.getExternalContext().getRequestMap()
                .computeIfAbsent(NOTICES, key -> new LinkedHashSet<String>())).add(name);
    }

    private static PendingMessages pending() {
        return CDI.current().select(PendingMessages.class).get();
    }

    /** Faces' request context, whose redirect first keeps the request's messages for the page it opens. */
    public static class Kept extends ExternalContextFactory {

        public Kept(ExternalContextFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExternalContext getExternalContext(Object context, Object request, Object response) {
            return new KeepingOnRedirect(getWrapped().getExternalContext(context, request, response));
        }
    }

    private static final class KeepingOnRedirect extends ExternalContextWrapper {

        KeepingOnRedirect(ExternalContext wrapped) {
            super(wrapped);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void redirect(String url) throws IOException {
            FacesContext faces = FacesContext.getCurrentInstance();
            List<PendingMessages.Message> messages = new ArrayList<>();
            if (faces != null) {
                for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext();) {
                    String clientId = ids.next();
                    for (FacesMessage message : faces.getMessageList(clientId)) {
                        messages.add(PendingMessages.Message.of(clientId, message));
                    }
                }
            }
            Set<String> notices = (Set<String>) getRequestMap().getOrDefault(NOTICES, Set.of());
            if (!messages.isEmpty() || !notices.isEmpty()) {
                pending().keep(PendingMessages.addressOf(url), messages, notices, Instant.now());
            }
            super.redirect(url);
        }
    }

    /** Gives a page what the request that redirected to it kept for it, before the page is built. */
    public static class Shown implements PhaseListener {

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            FacesContext faces = event.getFacesContext();
            ExternalContext external = faces.getExternalContext();
            // a redirect is followed by a GET, in the session that kept what is pending
            if (faces.isPostback() || external.getSession(false) == null
                    || !(external.getRequest() instanceof HttpServletRequest request)) {
                return;
            }
            String query = request.getQueryString();
            String address = PendingMessages.addressOf(request.getRequestURI() + (query == null ? "" : "?" + query));
            pending().take(address, Instant.now()).ifPresent(page -> {
                page.messages().forEach(message -> faces.addMessage(message.clientId(), message.toFacesMessage()));
                Map<String, Object> requestMap = external.getRequestMap();
                page.notices().forEach(notice -> requestMap.put(notice, Boolean.TRUE));
            });
        }
    }
}
