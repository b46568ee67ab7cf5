package care.alliance.web.api;

import static care.alliance.web.api.Errors.BAD_REQUEST;
import static care.alliance.web.api.Errors.FORBIDDEN;
import static care.alliance.web.api.Errors.UNAUTHORIZED;
import static care.alliance.web.api.Errors.UNEXPECTED;

import care.alliance.measure.Registry;
import care.alliance.measure.RegistryFilter;
import care.alliance.measure.RegistryPage;
import care.alliance.measure.RegistryQuery;
import care.alliance.measure.RegistrySort;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The collaborative-care registry of the caller's teams, a page of {@value RegistryQuery#PAGE_SIZE}
 * clients at a time (open safety flags first), with links to the other pages as the caseload has them.
 */
@Path("registry")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registry")
public class RegistryResource {

    @Inject
    Registry registry;

    @GET
    @Operation(summary = "The registry: the clients of the caller's care teams with their measures against target")
    @APIResponse(responseCode = "200", description = "One page of the registry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistryJson.Page.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
    public Response registry(
            @Parameter(description = "The page, from 1; one past the last answers the first", schema = @Schema(minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Which clients", schema = @Schema(type = SchemaType.STRING, implementation = RegistryFilter.class, defaultValue = "ALL")) @QueryParam("filter") String filter,
            @Parameter(description = "The order after the open safety flags", schema = @Schema(type = SchemaType.STRING, implementation = RegistrySort.class, defaultValue = "STATUS")) @QueryParam("sort") String sort,
            @Parameter(description = "The order reversed", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("reversed") String reversed,
            @Context UriInfo uri) {
        int pageNumber = Paging.number("page", page, 1, 1, Integer.MAX_VALUE / RegistryQuery.PAGE_SIZE);
        RegistryQuery query = new RegistryQuery(Paging.choice("filter", filter, RegistryFilter.class, RegistryFilter.ALL),
                Paging.choice("sort", sort, RegistrySort.class, RegistrySort.STATUS), Paging.yesOrNo("reversed", reversed),
                pageNumber - 1);
        RegistryPage found = registry.page(query);
        RegistryQuery shown = found.query();
        PlanJson.Links links = Paging.links(number -> pageLink(uri, shown, number), shown.page() + 1, found.pageCount());
        return Response.ok(new RegistryJson.Page(found.rows().stream().map(RegistryJson.Client::of).toList(),
                shown.page() + 1, RegistryQuery.PAGE_SIZE, found.matching(), links)).links(Paging.header(links)).build();
    }

    private static String pageLink(UriInfo uri, RegistryQuery query, int page) {
        return uri.getBaseUriBuilder().path("registry").queryParam("page", page)
                .queryParam("filter", query.filter().name()).queryParam("sort", query.sort().name())
                .queryParam("reversed", query.reversed()).build().toString();
    }
}
