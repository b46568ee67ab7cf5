package care.alliance.web.layout;

import care.alliance.audit.RequestOrigin;
import care.alliance.web.headers.ProxySettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/**
 * Notes where each request comes from, for the audit: the direct peer, or behind one of the
 * clinic's trusted proxies the address that proxy was reached from (see TrustedProxies).
 */
@WebFilter("/*")
public class RequestOriginFilter extends HttpFilter {

    @Inject
    RequestOrigin origin;

    @Inject
    ProxySettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.cameFrom(settings.trustedProxies().clientAddress(request.getRemoteAddr(),
                Collections.list(request.getHeaders("X-Forwarded-For"))));
        chain.doFilter(request, response);
    }
}
