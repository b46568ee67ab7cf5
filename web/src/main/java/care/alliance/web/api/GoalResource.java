package care.alliance.web.api;

import static care.alliance.web.api.Errors.BAD_REQUEST;
import static care.alliance.web.api.Errors.CONFLICT;
import static care.alliance.web.api.Errors.FORBIDDEN;
import static care.alliance.web.api.Errors.MISSING;
import static care.alliance.web.api.Errors.NOT_FOUND;
import static care.alliance.web.api.Errors.STALE;
import static care.alliance.web.api.Errors.UNAUTHORIZED;
import static care.alliance.web.api.Errors.UNEXPECTED;

import care.alliance.goal.GoalService;
import care.alliance.goal.GoalView;
import care.alliance.progress.ProgressService;
import care.alliance.task.TaskService;
import care.alliance.task.TaskView;
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
 * One goal: read with its revisions and answers, answered, changed, achieved, paused or
 * discontinued, checked in on, and given tasks. Changes of the goal carry its ETag in If-Match;
 * the service compares it with the goal's version under a lock.
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

    @Inject
    TaskService tasks;

    @PathParam("goalId")
    long goalId;

    @GET
    @Operation(summary = "The goal with its revisions and each party's answer; ETag is its version")
    @APIResponse(responseCode = "200", description = "The goal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalJson.class)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
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
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "412", ref = STALE)
    @APIResponse(responseCode = "428", ref = MISSING)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
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
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "412", ref = STALE)
    @APIResponse(responseCode = "428", ref = MISSING)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
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
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
    public Response checkIn(String body, @Context UriInfo uri) {
        GoalBodies.CheckIn checkIn = GoalBodies.checkIn(body);
        PlanJson.CheckIn added = PlanJson.CheckIn.of(progress.checkIn(goalId, checkIn.rating(), checkIn.measuredValue(),
                checkIn.note()));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @POST
    @Path("achieved")
    @Operation(summary = "Mark the agreed goal achieved")
    @APIResponse(responseCode = "200", description = "Achieved; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalJson.class)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "412", ref = STALE)
    @APIResponse(responseCode = "428", ref = MISSING)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
    public Response achieved(@Parameter(in = ParameterIn.HEADER, required = true, description = "The goal's ETag as read")
            @HeaderParam("If-Match") String ifMatch) {
        return withTag(goals.markAchieved(goalId, Preconditions.seenVersion(ifMatch)));
    }

    @POST
    @Path("paused")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pause the agreed goal, saying why")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalBodies.Reason.class)))
    @APIResponse(responseCode = "200", description = "Paused; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalJson.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "412", ref = STALE)
    @APIResponse(responseCode = "428", ref = MISSING)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
    public Response paused(@Parameter(in = ParameterIn.HEADER, required = true, description = "The goal's ETag as read")
            @HeaderParam("If-Match") String ifMatch, String body) {
        long seen = Preconditions.seenVersion(ifMatch);
        return withTag(goals.pause(goalId, seen, GoalBodies.reason(body)));
    }

    @POST
    @Path("discontinued")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Discontinue the goal, saying why")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalBodies.Reason.class)))
    @APIResponse(responseCode = "200", description = "Discontinued; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalJson.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "412", ref = STALE)
    @APIResponse(responseCode = "428", ref = MISSING)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
    public Response discontinued(@Parameter(in = ParameterIn.HEADER, required = true, description = "The goal's ETag as read")
            @HeaderParam("If-Match") String ifMatch, String body) {
        long seen = Preconditions.seenVersion(ifMatch);
        return withTag(goals.discontinue(goalId, seen, GoalBodies.reason(body)));
    }

    @POST
    @Path("tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a task toward the goal: for the client, or for a discipline of the team")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalBodies.NewTask.class)))
    @APIResponse(responseCode = "201", description = "Added; ETag is the task's version, which ticking it off sends",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanJson.Task.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
    public Response addTask(String body) {
        GoalBodies.NewTask task = GoalBodies.task(body);
        TaskView added = tasks.addTask(goalId, task.description(), GoalBodies.assigneeOf(task), task.dueOn(),
                task.frequency());
        return Response.status(Response.Status.CREATED).tag(new EntityTag(String.valueOf(added.version())))
                .entity(PlanJson.Task.of(added)).build();
    }

    private static Response withTag(GoalView goal) {
        return Response.ok(GoalJson.of(goal)).tag(new EntityTag(String.valueOf(goal.version()))).build();
    }
}
