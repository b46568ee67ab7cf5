package care.alliance.web.api;

import static care.alliance.web.api.Errors.BAD_REQUEST;
import static care.alliance.web.api.Errors.CONFLICT;
import static care.alliance.web.api.Errors.FORBIDDEN;
import static care.alliance.web.api.Errors.MISSING;
import static care.alliance.web.api.Errors.NOT_FOUND;
import static care.alliance.web.api.Errors.PROBLEM;
import static care.alliance.web.api.Errors.STALE;
import static care.alliance.web.api.Errors.UNAUTHORIZED;
import static care.alliance.web.api.Errors.UNEXPECTED;

import care.alliance.goal.GoalService;
import care.alliance.goal.GoalView;
import care.alliance.progress.ProgressService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One goal: read with its revisions and answers, answered, changed, checked in on. Changes carry
 * the goal's ETag in If-Match; the service compares it with the goal's version under a lock.
 */
@Path("goals/{goalId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goals")
public class GoalResource {

    @Inject
    GoalService goals;

    @Inject
    ProgressService progress;

    @PathParam("goalId")
    long goalId;

    @GET
    @Operation(summary = "The goal with its revisions and each party's answer; ETag is its version")
    @APIResponse(responseCode = "200", description = "The goal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalJson.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = UNEXPECTED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response goal() {
        GoalJson goal = GoalJson.of(goals.historyOf(goalId));
        return Response.ok(goal).tag(new EntityTag(String.valueOf(goal.version()))).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the goal: a new revision, which the parties answer again")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalBodies.Revision.class)))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalJson.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = STALE, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = MISSING, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = UNEXPECTED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response revise(@Parameter(in = ParameterIn.HEADER, required = true, description = "The goal's ETag as read")
            @HeaderParam("If-Match") String ifMatch, String body) {
        long seen = Preconditions.seenVersion(ifMatch);
        GoalBodies.RevisionRead revision = GoalBodies.revision(body);
        return withTag(goals.revise(goalId, seen, revision.content(), revision.reason()));
    }

    @POST
    @Path("answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the goal's current revision for the caller's party: agree, ask for a change, decline")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalBodies.Answer.class)))
    @APIResponse(responseCode = "200", description = "Answered; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalJson.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = STALE, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = MISSING, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = UNEXPECTED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response answer(@Parameter(in = ParameterIn.HEADER, required = true, description = "The goal's ETag as read")
            @HeaderParam("If-Match") String ifMatch, String body) {
        long seen = Preconditions.seenVersion(ifMatch);
        GoalBodies.Answer answer = GoalBodies.answer(body);
        return withTag(goals.respond(goalId, seen, answer.response(), answer.comment()));
    }

    @POST
    @Path("check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a progress check-in on the goal: a rating from 0 to 10, and a measured value if the goal has a target")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalBodies.CheckIn.class)))
    @APIResponse(responseCode = "201", description = "Checked in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanJson.CheckIn.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = UNEXPECTED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response checkIn(String body, @Context UriInfo uri) {
        GoalBodies.CheckIn checkIn = GoalBodies.checkIn(body);
        PlanJson.CheckIn added = PlanJson.CheckIn.of(progress.checkIn(goalId, checkIn.rating(), checkIn.measuredValue(),
                checkIn.note()));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    private static Response withTag(GoalView goal) {
        return Response.ok(GoalJson.of(goal)).tag(new EntityTag(String.valueOf(goal.version()))).build();
    }
}
