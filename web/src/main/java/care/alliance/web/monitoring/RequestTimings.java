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
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Times every request Alliance answers, from the first filter to the last byte handed to the
 * container, under its page's name ({@link PageNames}): {@code alliance_request_seconds} with the
 * tag {@code page}, in the application's registry.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestTimings extends HttpFilter {

    static final Metadata TIMINGS = Metadata.builder().withName("alliance.request")
            .withDescription("Time Alliance took to answer, by page: a Faces page, an API operation or a servlet's pattern")
            // measured in nanoseconds, which Payara's exporter gives in seconds, named alliance_request_seconds_…
            .withUnit(MetricUnits.NANOSECONDS).build();

    @Inject
    PageNames names;

    @Inject
    MetricRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String page = names.of(request);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            registry.timer(TIMINGS, new Tag("page", page)).update(Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
