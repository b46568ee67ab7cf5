package care.alliance.benchmark.floor;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/** The JAX-RS floor: a page's worth of bytes, made in memory, with no Faces at all. */
@Path("text")
public class FloorText {

    private static final int MOST = 1_000_000;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String text(@QueryParam("bytes") @DefaultValue("3000") int bytes) {
        int size = Math.max(0, Math.min(MOST, bytes));
        StringBuilder text = new StringBuilder(size);
        while (text.length() < size) {
            text.append("<p>Client number ").append(text.length()).append("</p>\n");
        }
        text.setLength(size);
        return text.toString();
    }

    @ApplicationPath("api")
    public static class Endpoints extends Application {
    }
}
