package care.alliance.web.fhir;

import care.alliance.access.AccessRefused;
import care.alliance.access.NotFound;
import care.alliance.fhir.FhirExport;
import care.alliance.fhir.FhirFormat;
import care.alliance.fhir.FhirR4;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * {@code GET /fhir/Patient/client-<id>/$everything}: the client's plan as one FHIR R4 Bundle, as
 * the signed-in person may read it. JSON unless {@code _format=xml} or {@code Accept:
 * application/fhir+xml} asks for XML; {@code _download=true} offers it as a file. A refusal or an
 * unknown client answers with an OperationOutcome, 403 or 404.
 */
@Path("Patient")
@RequestScoped
public class PatientEverything {

    private static final Pattern CLIENT_ID = Pattern.compile("client-([1-9][0-9]{0,17})");

    @Inject
    FhirExport export;

    @Inject
    FhirR4 fhir;

    @GET
    @Path("{id}/$everything")
    @Operation(summary = "The client's plan as one FHIR R4 Bundle, as the signed-in person may read it",
            description = "Reached with a signed-in page session, not a bearer token. JSON by default, XML with "
                    + "_format=xml or Accept: application/fhir+xml; _download=true offers it as a file.")
    @APIResponse(responseCode = "200", description = "A Bundle of type collection", content = {
            @Content(mediaType = "application/fhir+json", schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 Bundle")),
            @Content(mediaType = "application/fhir+xml", schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 Bundle"))})
    @APIResponse(responseCode = "403", description = "The access policy refuses the export (audited)", content =
            @Content(mediaType = "application/fhir+json", schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 OperationOutcome")))
    @APIResponse(responseCode = "404", description = "No such client", content =
            @Content(mediaType = "application/fhir+json", schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 OperationOutcome")))
    public Response everything(@PathParam("id") String id, @QueryParam("_format") String formatParameter,
            @QueryParam("_download") String download, @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @Context UriInfo uri) {
        FhirFormat format = FhirFormat.asked(formatParameter, accept);
        Matcher client = CLIENT_ID.matcher(id == null ? "" : id);
        if (!client.matches()) {
            return outcome(Response.Status.NOT_FOUND, OperationOutcome.IssueType.NOTFOUND,
                    "There is no client with this id.", format);
        }
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        try {
            String body = fhir.encode(export.planOf(Long.parseLong(client.group(1)), base), format);
            Response.ResponseBuilder response = Response.ok(body, format.mediaType() + ";charset=UTF-8")
                    .header(HttpHeaders.CACHE_CONTROL, "no-store");
            if ("true".equals(download)) {
                response.header("Content-Disposition", "attachment; filename=\"my-plan-" + id + "."
                        + (format == FhirFormat.XML ? "xml" : "json") + "\"");
            }
            return response.build();
        } catch (AccessRefused refused) {
            return outcome(Response.Status.FORBIDDEN, OperationOutcome.IssueType.FORBIDDEN, refused.getMessage(), format);
        } catch (NotFound notFound) {
            return outcome(Response.Status.NOT_FOUND, OperationOutcome.IssueType.NOTFOUND, notFound.getMessage(), format);
        }
    }

    private Response outcome(Response.Status status, OperationOutcome.IssueType type, String message, FhirFormat format) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDiagnostics(message);
        return Response.status(status).entity(fhir.encode(outcome, format)).type(format.mediaType() + ";charset=UTF-8")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
