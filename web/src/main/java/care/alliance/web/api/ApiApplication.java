package care.alliance.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Alliance's REST API, version 1, for the clinic's other systems: the same services as the pages,
 * so the same policy decides and the same audit records every access. Callers send a bearer
 * access token from the realm, issued for the {@code alliance-api} client.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Alliance API", version = "1",
                description = "Care plans, goals and their agreement, tasks, progress, team notes and the caseload, "
                        + "under the same access policy and audit as Alliance's pages. Errors are RFC 9457 problem "
                        + "details in the caller's language (Accept-Language: en or es)."),
        security = @SecurityRequirement(name = ApiApplication.BEARER))
@SecurityScheme(securitySchemeName = ApiApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token of the realm 'alliance' issued for the client 'alliance-api' (audience "
                + "alliance-api); its sub is the caller's account and its groups claim their roles.")
public class ApiApplication extends Application {

    static final String BEARER = "bearer";

    /**
     * The API's resources and providers, named rather than scanned: the WAR also carries RESTEasy
     * (with the Keycloak admin client), whose providers Jersey must not pick up.
     */
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ClientPlanResource.class, GoalResource.class, TaskResource.class, CaseloadResource.class,
                PingResource.class, JsonAnswers.class, AccessRefusedAnswer.class, NotFoundAnswer.class,
                ChangeRefusedAnswer.class, InvalidInputAnswer.class, BadBodyAnswer.class, ChangedMeanwhileAnswer.class,
                WebApplicationAnswer.class, UnexpectedAnswer.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.disableMetainfServicesLookup", true,
                "jersey.config.server.wadl.disableWadl", true);
    }
}
