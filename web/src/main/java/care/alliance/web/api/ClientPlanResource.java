package care.alliance.web.api;

import static care.alliance.web.api.Errors.BAD_REQUEST;
import static care.alliance.web.api.Errors.CONFLICT;
import static care.alliance.web.api.Errors.FORBIDDEN;
import static care.alliance.web.api.Errors.NOT_FOUND;
import static care.alliance.web.api.Errors.UNAUTHORIZED;
import static care.alliance.web.api.Errors.UNEXPECTED;

import care.alliance.careplan.CarePlanService;
import care.alliance.goal.GoalContent;
import care.alliance.goal.GoalService;
import care.alliance.goal.GoalView;
import care.alliance.note.NoteService;
import care.alliance.note.NoteView;
import care.alliance.progress.ProgressService;
import care.alliance.rules.InvalidInput;
import care.alliance.task.TaskService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A client's plan and what belongs to it, read as the caller may read it: by their care team, or
 * by the client themselves. The services decide and audit; this only translates.
 */
@Path("clients/{clientId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Care plan")
public class ClientPlanResource {

    @Inject
    CarePlanService plans;

    @Inject
    GoalService goals;

    @Inject
    TaskService tasks;

    @Inject
    ProgressService progress;

    @Inject
    NoteService notes;

    @PathParam("clientId")
    long clientId;

    @GET
    @Path("care-plan")
    @Operation(summary = "The client's care plan with its goals")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanJson.CarePlan.class)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
    public PlanJson.CarePlan carePlan() {
        return PlanJson.CarePlan.of(plans.planOf(clientId), goals.goalsOf(clientId).stream().map(GoalJson::of).toList());
    }

    @GET
    @Path("goals")
    @Operation(summary = "The client's goals, each with its answers")
    @APIResponse(responseCode = "200", description = "The goals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = GoalJson.class)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
    public List<GoalJson> goals() {
        return goals.goalsOf(clientId).stream().map(GoalJson::of).toList();
    }

    @POST
    @Path("goals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a goal for the client, in the client's words")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalBodies.Proposal.class)))
    @APIResponse(responseCode = "201", description = "Proposed; Location and ETag name the new goal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalJson.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
    public Response propose(String body, @Context UriInfo uri) {
        GoalContent content = GoalBodies.proposal(body);
        GoalView proposed = goals.propose(clientId, content);
        return Response.created(uri.getBaseUriBuilder().path("goals").path(String.valueOf(proposed.id())).build())
                .tag(new EntityTag(String.valueOf(proposed.version())))
                .entity(GoalJson.of(proposed)).build();
    }

    @GET
    @Path("tasks")
    @Operation(summary = "The tasks of the client's goals")
    @APIResponse(responseCode = "200", description = "The tasks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PlanJson.Task.class)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
    public List<PlanJson.Task> tasks() {
        return tasks.tasksOf(clientId).stream().map(PlanJson.Task::of).toList();
    }

    @GET
    @Path("check-ins")
    @Operation(summary = "The progress check-ins on the client's goals")
    @APIResponse(responseCode = "200", description = "The check-ins",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PlanJson.CheckIn.class)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
    public List<PlanJson.CheckIn> checkIns() {
        return progress.progressOf(clientId).stream().map(PlanJson.CheckIn::of).toList();
    }

    @GET
    @Path("notes")
    @Operation(summary = "The team notes on the client the caller may read",
            description = "The team reads all team notes; the client reads those the team shared with them.")
    @APIResponse(responseCode = "200", description = "The notes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PlanJson.Note.class)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
    public List<PlanJson.Note> notes() {
        return notes.notesOf(clientId).stream().map(PlanJson.Note::of).toList();
    }

    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a team note on the client's plan, or on one of its goals",
            description = "For the care team only, or visible to the client too, as the plan's page offers.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteBodies.NewNote.class)))
    @APIResponse(responseCode = "201", description = "Written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanJson.Note.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
    public Response writeNote(String body) {
        NoteBodies.NewNote note = NoteBodies.note(body);
        NoteView written;
        try {
            written = notes.write(clientId, note.goalId(), note.visibility(), note.body());
        } catch (InvalidInput refused) {
            // The domain names a note's words "note", as the page's field; the API's body calls them "body".
            throw refused.field().filter("note"::equals).isPresent() ? new InvalidInput(refused.why(), "body") : refused;
        }
        return Response.status(Response.Status.CREATED).entity(PlanJson.Note.of(written)).build();
    }
}
