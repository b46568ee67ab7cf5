package care.alliance.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Who sent a request, as the browser says: a page of Alliance's own, another site, or no one said
 * (browsers send Origin with every POST from another site, and no page can change it; Referer is
 * read where Origin is missing).
 */
public enum RequestSender {
    ALLIANCE, ANOTHER_SITE, UNSAID;

    /** The sender, compared with Alliance's own address as people use it ({@code https://alliance.clinic.example}). */
    public static RequestSender of(HttpServletRequest request, String ownAddress) {
        String origin = request.getHeader("Origin");
        String said = origin != null ? origin : request.getHeader("Referer");
        if (said == null) {
            return UNSAID;
        }
        return sameOrigin(said, ownAddress) ? ALLIANCE : ANOTHER_SITE;
    }

    private static boolean sameOrigin(String address, String own) {
        try {
            URI uri = URI.create(address);
            URI ownUri = URI.create(own);
            return uri.getScheme() != null && uri.getScheme().equalsIgnoreCase(ownUri.getScheme())
                    && uri.getHost() != null && uri.getHost().equalsIgnoreCase(ownUri.getHost())
                    && port(uri) == port(ownUri);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
