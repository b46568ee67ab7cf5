package care.alliance.web.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How Alliance signs people in: which OpenID Connect provider (the Keycloak realm), as which
 * client. Set through MicroProfile Config, usually the environment: ALLIANCE_OIDC_PROVIDER,
 * ALLIANCE_OIDC_CLIENT_ID, ALLIANCE_OIDC_CLIENT_SECRET and, behind a proxy, ALLIANCE_PUBLIC_URL.
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

    /** The realm's URL, which is also the issuer of its tokens. */
    public String provider() {
        return provider.endsWith("/") ? provider.substring(0, provider.length() - 1) : provider;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** The address users reach Alliance at, when it differs from what the request says. */
    public Optional<String> publicUrl() {
        return publicUrl.filter(url -> !url.isBlank())
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }
}
