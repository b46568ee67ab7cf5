package care.alliance.web.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How Alliance signs people in: which OpenID Connect provider (the Keycloak realm), as which
 * client, and how long a sign-in lasts at most. Set through MicroProfile Config, usually the
 * environment: ALLIANCE_OIDC_PROVIDER, ALLIANCE_OIDC_CLIENT_ID, ALLIANCE_OIDC_CLIENT_SECRET,
 * ALLIANCE_SESSION_MAX_LIFETIME and, behind a proxy, ALLIANCE_PUBLIC_URL.
 */
@ApplicationScoped
public class SignInSettings {

    @Inject
    @ConfigProperty(name = "alliance.oidc.provider")
    String provider;

    @Inject
    @ConfigProperty(name = "alliance.oidc.client-id", defaultValue = "alliance-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "alliance.oidc.client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "alliance.public-url")
    Optional<String> publicUrl;

    /** The audience the REST API's bearer tokens must name: the realm's client for the API. */
    @Inject
    @ConfigProperty(name = "alliance.api.audience", defaultValue = "alliance-api")
    String apiAudience;

    /**
     * How long a sign-in lasts at most, however active the person is (ISO-8601, default a clinic
     * shift of 12 hours): then they sign in again, and roles changed meanwhile take effect.
     */
    @Inject
    @ConfigProperty(name = "alliance.session.max-lifetime", defaultValue = "PT12H")
    Duration sessionMaxLifetime;

    /** The realm's URL, which is also the issuer of its tokens. */
    public String provider() {
        return provider.endsWith("/") ? provider.substring(0, provider.length() - 1) : provider;
    }

    public String clientId() {
        return clientId;
    }

    public String apiAudience() {
        return apiAudience;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public Duration sessionMaxLifetime() {
        return sessionMaxLifetime;
    }

    /**
     * The address people reach Alliance at: the public URL behind a proxy, else scheme, host and
     * port of the request.
     */
    public String addressOf(HttpServletRequest request) {
        return publicUrl().orElseGet(() -> {
            int port = request.getServerPort();
            boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                    || ("https".equals(request.getScheme()) && port == 443);
            return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
        });
    }

    /** Whether the public URL people use is an https address (then cookies are Secure). */
    public boolean publicAddressIsHttps() {
        return publicUrl().map(url -> url.regionMatches(true, 0, "https://", 0, 8)).orElse(false);
    }

    private Optional<String> publicUrl() {
        return publicUrl.filter(url -> !url.isBlank())
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }
}
