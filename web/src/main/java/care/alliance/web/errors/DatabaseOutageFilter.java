package care.alliance.web.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The same 503 for requests outside Faces (the sign-in callback, sign-out, anything a later
 * servlet or REST resource serves) and for failures Faces let through: a database that cannot
 * be reached is "unavailable for a moment", never a 500.
 */
@WebFilter("/*")
public class DatabaseOutageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            Optional<String> reason = DatabaseOutage.reasonIn(failure);
            if (reason.isEmpty() || response.isCommitted()) {
                throw failure;
            }
            LOG.warning(() -> "The database cannot be reached (" + reason.get() + "); a request answered 503");
            // the body so far goes, the headers Alliance sets on every answer stay
            response.resetBuffer();
            DatabaseOutage.notice(request);
            response.setHeader("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
