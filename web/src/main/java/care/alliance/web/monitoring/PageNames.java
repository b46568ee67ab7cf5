package care.alliance.web.monitoring;

import care.alliance.web.api.ApiApplication;
import care.alliance.web.api.ApiProblems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;
import java.net.MalformedURLException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a request's timing is called: the Faces page ("/clinician/care-plan.xhtml"), the API
 * operation ("GET /api/v1/clients/{clientId}/goals") or the pattern of the servlet that answered
 * ("/callback", "/fhir/*"). Never the address itself: it carries record numbers, and whoever sends
 * a request chooses it, so a name is only ever one of Alliance's own pages, operations or
 * patterns, a bounded set.
 */
@ApplicationScoped
public class PageNames {

    static final String FACES_RESOURCES = "/jakarta.faces.resource/*";
    static final String NO_SUCH_PAGE = "(no such page)";
    static final String NO_SUCH_OPERATION = "(no such operation)";
    static final String FILE = "(file)";

    private final ApiOperations api = ApiOperations.of(new ApiApplication());

    /** The pages found so far; only Alliance's own files get in, so it stays as small as the WAR. */
    private final Set<String> pages = ConcurrentHashMap.newKeySet();

    String of(HttpServletRequest request) {
        String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
        if (ApiProblems.isApiRequest(request)) {
            return api.operationOf(request.getMethod(), path).orElse(NO_SUCH_OPERATION);
        }
        HttpServletMapping mapping = request.getHttpServletMapping();
        MappingMatch match = mapping == null ? null : mapping.getMappingMatch();
        if (match == MappingMatch.EXTENSION) {
            return path.startsWith("/jakarta.faces.resource/") ? FACES_RESOURCES : pageAt(request, path);
        }
        if (match == null || match == MappingMatch.DEFAULT) {
            return FILE;
        }
        return mapping.getPattern().isEmpty() ? "/" : mapping.getPattern();
    }

    private String pageAt(HttpServletRequest request, String path) {
        if (pages.contains(path)) {
            return path;
        }
        try {
            if (request.getServletContext().getResource(path) != null) {
                pages.add(path);
                return path;
            }
        } catch (MalformedURLException notAPath) {
            // falls through: not one of Alliance's pages
        }
        return NO_SUCH_PAGE;
    }
}
