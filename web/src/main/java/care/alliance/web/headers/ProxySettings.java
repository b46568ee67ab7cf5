package care.alliance.web.headers;

import care.alliance.web.signin.SignInSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What clinic IT sets when Alliance runs behind a proxy, through MicroProfile Config, usually the
 * environment: ALLIANCE_TRUSTED_PROXIES, the proxies whose X-Forwarded-For the audit believes
 * (none by default), and ALLIANCE_SECURE_COOKIES, which marks the session cookie Secure when the
 * proxy ends TLS and Alliance itself is reached over plain HTTP (off by default: the demo runs on
 * http://localhost; on by itself when ALLIANCE_PUBLIC_URL is an https address).
 */
@ApplicationScoped
public class ProxySettings {

    @Inject
    @ConfigProperty(name = "alliance.trusted-proxies")
    Optional<String> trustedProxies;

    @Inject
    @ConfigProperty(name = "alliance.secure-cookies", defaultValue = "false")
    boolean secureCookies;

    @Inject
    SignInSettings signIn;

    private TrustedProxies proxies;

    @PostConstruct
    void readProxies() {
        proxies = trustedProxies.map(TrustedProxies::of).orElseGet(TrustedProxies::none);
    }

    public TrustedProxies trustedProxies() {
        return proxies;
    }

    /** Whether the session cookie goes to the browser only over HTTPS. */
    public boolean secureCookies() {
        return secureCookies || signIn.publicAddressIsHttps();
    }
}
