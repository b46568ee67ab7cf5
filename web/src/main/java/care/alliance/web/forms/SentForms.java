package care.alliance.web.forms;

import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The forms a person has already sent for a change in this session, known by the state each page
 * gave its forms, which Faces writes anew every time it shows a page. A form sent twice (a double
 * click, a request sent again) carries the same state the second time: that one is recognised
 * and nothing is saved twice.
 */
final class SentForms implements Serializable {

    private static final String SESSION_KEY = "care.alliance.web.sentForms";
    private static final int REMEMBERED = 100;

    private final Map<String, Boolean> sent = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    /**
     * Whether the form of this request is sent for the first time; from now on it counts as sent.
     * A request without a form's state is not a form of Alliance's pages and is never held back.
     */
    static boolean firstTime(FacesContext faces) {
        String state = faces.getExternalContext().getRequestParameterMap().get(ResponseStateManager.VIEW_STATE_PARAM);
        return state == null || of(faces).remember(state);
    }

    private static SentForms of(FacesContext faces) {
        Map<String, Object> session = faces.getExternalContext().getSessionMap();
        synchronized (faces.getExternalContext().getSession(true)) {
            return (SentForms) session.computeIfAbsent(SESSION_KEY, key -> new SentForms());
        }
    }

    private synchronized boolean remember(String state) {
        return sent.put(state, Boolean.TRUE) == null;
    }
}
