package care.alliance.web.forms;

import care.alliance.web.layout.RequestSender;
import care.alliance.web.signin.SignInSettings;
import jakarta.faces.render.ResponseStateManager;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads a page again when its form was out of date ({@link OutOfDateForms}): the same address,
 * record number included, answered as if freshly opened, with status 400 (the form was not taken)
 * and, where the form was sent from Alliance's own pages, what the person had typed back in its
 * fields ({@link TypedValues}).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class FormReload extends HttpFilter {

    private static final int MOST_FIELDS_KEPT = 200;

    @Inject
    SignInSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (request.getAttribute(OutOfDateForms.RELOAD) == null || response.isCommitted()) {
            return;
        }
        request.removeAttribute(OutOfDateForms.RELOAD);
        AsOpenedAfresh reload = new AsOpenedAfresh(request);
        reload.setAttribute(TypedValues.ATTRIBUTE,
                new TypedValues(sentFromOurPages(request) ? reload.typed() : Map.of()));
        response.reset();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        request.getRequestDispatcher(request.getServletPath()).forward(reload, response);
    }

    /**
     * Whether the browser says the form came from a page of Alliance's own: only then are its
     * values put back, so that another site cannot fill in a form for someone.
     */
    private boolean sentFromOurPages(HttpServletRequest request) {
        return RequestSender.of(request, settings.addressOf(request)) == RequestSender.ALLIANCE;
    }

    /** The request as a plain GET of the page's address: its query is kept, the form is not. */
    private static final class AsOpenedAfresh extends HttpServletRequestWrapper {

        private final Map<String, String[]> query;

        AsOpenedAfresh(HttpServletRequest sent) {
            super(sent);
            this.query = Collections.unmodifiableMap(parse(sent.getQueryString()));
        }

        /** What the form carried besides the address and Faces' own fields: the values typed into it. */
        Map<String, String[]> typed() {
            Map<String, String[]> typed = new LinkedHashMap<>();
            for (Map.Entry<String, String[]> field : super.getParameterMap().entrySet()) {
                if (typed.size() < MOST_FIELDS_KEPT && !query.containsKey(field.getKey())
                        && !field.getKey().startsWith("jakarta.faces.")
                        && !field.getKey().equals(ResponseStateManager.VIEW_STATE_PARAM)) {
                    typed.put(field.getKey(), field.getValue());
                }
            }
            return typed;
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            String[] values = query.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return query;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(query.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = query.get(name);
            return values == null ? null : values.clone();
        }

        private static Map<String, String[]> parse(String queryString) {
            Map<String, String[]> parameters = new LinkedHashMap<>();
            if (queryString == null || queryString.isEmpty()) {
                return parameters;
            }
            for (String pair : queryString.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                parameters.merge(name, new String[] {value}, (earlier, more) -> {
                    String[] all = Arrays.copyOf(earlier, earlier.length + 1);
                    all[earlier.length] = more[0];
                    return all;
                });
            }
            return parameters;
        }

        private static String decode(String text) {
            try {
                return URLDecoder.decode(text, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return "";
            }
        }
    }
}
