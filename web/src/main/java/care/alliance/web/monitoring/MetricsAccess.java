package care.alliance.web.monitoring;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may read {@code /metrics}, which the server publishes inside Alliance's own context: only
 * the {@link MetricReaders} clinic IT names, the machine itself by default, and only directly. A
 * request that came through a proxy (it carries Forwarded or X-Forwarded-For) is refused even
 * from the machine itself, because a proxy on the same machine would otherwise open the metrics
 * to everyone it serves. The metrics name no person, but how busy a clinic is, and when, is still
 * the clinic's business.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"}, dispatcherTypes = DispatcherType.REQUEST)
public class MetricsAccess extends HttpFilter {

    @Inject
    @ConfigProperty(name = "alliance.metrics-readers", defaultValue = MetricReaders.ON_THIS_MACHINE)
    String readersSetting;

    private MetricReaders readers;

    @Override
    public void init() {
        readers = MetricReaders.of(readersSetting);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean throughAProxy = request.getHeader("Forwarded") != null || request.getHeader("X-Forwarded-For") != null;
        if (throughAProxy || !readers.include(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
