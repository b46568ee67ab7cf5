package care.alliance.web.health;

import care.alliance.web.signin.OpenIdProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Alliance is ready only while people can sign in, that is while the Keycloak realm answers. */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    @Inject
    OpenIdProvider provider;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("keycloak").status(provider.isReachable()).build();
    }
}
