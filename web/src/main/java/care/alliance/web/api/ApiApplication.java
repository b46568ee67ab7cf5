package care.alliance.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Alliance's REST API, version 1, for the clinic's other systems: the same services as the pages,
 * so the same policy decides and the same audit records every access. Callers send a bearer
 * access token from the realm, issued for the {@code alliance-api} client. The error answers every
 * operation shares are declared once here, as the document's components, and referred to by name.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Alliance API", version = "1",
                description = "Care plans, goals and their agreement, tasks, progress, team notes, PHQ-9 and GAD-7, the "
                        + "caseload and the registry, "
                        + "under the same access policy and audit as Alliance's pages. Errors are RFC 9457 problem "
                        + "details in the caller's language (Accept-Language: en or es)."),
        security = @SecurityRequirement(name = ApiApplication.BEARER),
        components = @Components(responses = {
                @APIResponse(name = Errors.BAD_REQUEST, responseCode = "400",
                        description = "The body or a parameter is not as the operation takes it; field names which",
                        content = @Content(mediaType = Errors.PROBLEM, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = Errors.UNAUTHORIZED, responseCode = "401",
                        description = "No bearer token, or one the realm did not issue for alliance-api, or expired",
                        content = @Content(mediaType = Errors.PROBLEM, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = Errors.FORBIDDEN, responseCode = "403",
                        description = "The access policy refuses the caller this (audited)",
                        content = @Content(mediaType = Errors.PROBLEM, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = Errors.NOT_FOUND, responseCode = "404", description = "No such record",
                        content = @Content(mediaType = Errors.PROBLEM, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = Errors.CONFLICT, responseCode = "409",
                        description = "The record's rules refuse the change in its present state",
                        content = @Content(mediaType = Errors.PROBLEM, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = Errors.STALE, responseCode = "412",
                        description = "If-Match names a version changed meanwhile; current holds the goal or task as it "
                                + "is now, and ETag its version",
                        content = @Content(mediaType = Errors.PROBLEM, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = Errors.MISSING, responseCode = "428",
                        description = "A change needs If-Match with the ETag the caller read",
                        content = @Content(mediaType = Errors.PROBLEM, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = Errors.UNEXPECTED, responseCode = "500",
                        description = "Something went wrong inside; nothing of it is told",
                        content = @Content(mediaType = Errors.PROBLEM, schema = @Schema(implementation = Problem.class)))}))
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
                MeasureResource.class, RegistryResource.class, PingResource.class, JsonAnswers.class, AccessRefusedAnswer.class, NotFoundAnswer.class,
                ChangeRefusedAnswer.class, InvalidInputAnswer.class, BadBodyAnswer.class, ChangedMeanwhileAnswer.class,
                WebApplicationAnswer.class, UnexpectedAnswer.class, OneTransactionPerRead.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.disableMetainfServicesLookup", true,
                "jersey.config.server.wadl.disableWadl", true);
    }
}
