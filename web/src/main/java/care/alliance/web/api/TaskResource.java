package care.alliance.web.api;

import static care.alliance.web.api.Errors.CONFLICT;
import static care.alliance.web.api.Errors.FORBIDDEN;
import static care.alliance.web.api.Errors.MISSING;
import static care.alliance.web.api.Errors.NOT_FOUND;
import static care.alliance.web.api.Errors.STALE;
import static care.alliance.web.api.Errors.UNAUTHORIZED;
import static care.alliance.web.api.Errors.UNEXPECTED;

import care.alliance.task.TaskService;
import care.alliance.task.TaskView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Ticking off a task, with the task's version (its ETag, from the list of tasks) in If-Match. */
@Path("tasks/{taskId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class TaskResource {

    @Inject
    TaskService tasks;

    @PathParam("taskId")
    long taskId;

    @POST
    @Path("done")
    @Operation(summary = "Tick off the task as done")
    @APIResponse(responseCode = "200", description = "Done; ETag is the task's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanJson.Task.class)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "412", ref = STALE)
    @APIResponse(responseCode = "428", ref = MISSING)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
    public Response done(@Parameter(in = ParameterIn.HEADER, required = true, description = "The task's version as read, in quotes")
            @HeaderParam("If-Match") String ifMatch) {
        TaskView done = tasks.markDone(taskId, Preconditions.seenVersion(ifMatch));
        return Response.ok(PlanJson.Task.of(done)).tag(new EntityTag(String.valueOf(done.version()))).build();
    }
}
