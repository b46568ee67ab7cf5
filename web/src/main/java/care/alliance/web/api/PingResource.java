package care.alliance.web.api;

import static care.alliance.web.api.Errors.UNAUTHORIZED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API's smallest answer: signed in like every call but touching no service, so a caller can
 * check its token, and the benchmark has a baseline on the same server.
 */
@Path("ping")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ping")
public class PingResource {

    @Schema(name = "Pong")
    public record Pong(@Schema(required = true) boolean pong) {
    }

    private static final Pong PONG = new Pong(true);

    @GET
    @Operation(summary = "Answers a signed-in caller at once")
    @APIResponse(responseCode = "200", description = "Pong",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pong.class)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    public Pong ping() {
        return PONG;
    }
}
