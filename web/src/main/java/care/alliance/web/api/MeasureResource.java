package care.alliance.web.api;

import static care.alliance.web.api.Errors.BAD_REQUEST;
import static care.alliance.web.api.Errors.FORBIDDEN;
import static care.alliance.web.api.Errors.NOT_FOUND;
import static care.alliance.web.api.Errors.UNAUTHORIZED;
import static care.alliance.web.api.Errors.UNEXPECTED;

import care.alliance.measure.MeasureResultView;
import care.alliance.measure.MeasureService;
import care.alliance.web.measure.CrisisResources;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A client's PHQ-9 and GAD-7: read as the caller may read them, and sent in by the client for
 * themself or by a clinician of the team from a paper form. {@link MeasureService} decides which
 * the caller does, and raises the safety flag of PHQ-9 item 9 as on the pages.
 */
@Path("clients/{clientId}/measures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measures")
public class MeasureResource {

    @Inject
    MeasureService measures;

    @Inject
    CrisisResources crisisResources;

    @PathParam("clientId")
    long clientId;

    @GET
    @Operation(summary = "The client's PHQ-9 and GAD-7 results, newest first",
            description = "The team reads every answer; the client reads their totals and bands, as their portal shows them.")
    @APIResponse(responseCode = "200", description = "The results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureJson.Results.class)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
    public MeasureJson.Results results() {
        return MeasureJson.Results.of(clientId, measures.scoresOf(clientId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a PHQ-9 or GAD-7: the client's own, or a paper form entered by a clinician of the team",
            description = "PHQ-9 item 9 above zero raises the team's safety flag in the same call; the client reads "
                    + "the clinic's crisis resources in the answer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureJson.Sent.class)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureJson.Result.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
    public Response send(String body, @Context HttpHeaders headers) {
        MeasureJson.Sent sent = MeasureJson.sent(body);
        MeasureResultView recorded = measures.send(clientId, sent.instrument(), sent.answers(), sent.difficulty(),
                sent.completedOn());
        return Response.status(Response.Status.CREATED)
                .entity(MeasureJson.Result.sent(recorded, crisisResources.textIn(ApiProblems.localeOf(headers))))
                .build();
    }
}
