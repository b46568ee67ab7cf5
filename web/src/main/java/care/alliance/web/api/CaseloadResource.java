package care.alliance.web.api;

import static care.alliance.web.api.Errors.BAD_REQUEST;
import static care.alliance.web.api.Errors.FORBIDDEN;
import static care.alliance.web.api.Errors.UNAUTHORIZED;
import static care.alliance.web.api.Errors.UNEXPECTED;

import care.alliance.team.CareTeamService;
import care.alliance.team.CaseloadOrder;
import care.alliance.team.CaseloadPage;
import care.alliance.team.CaseloadQuery;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's caseload, a page at a time, with links to the other pages (in the body and a Link header). */
@Path("caseload")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Caseload")
public class CaseloadResource {

    @Inject
    CareTeamService teams;

    @GET
    @Operation(summary = "The clients whose care team the caller is on today")
    @APIResponse(responseCode = "200", description = "One page of the caseload",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanJson.CaseloadPage.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "500", ref = UNEXPECTED)
    public Response caseload(
            @Parameter(description = "The page, from 1", schema = @Schema(minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Clients per page, 1 to 100", schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Parameter(description = "The order") @QueryParam("order") CaseloadOrderParam order,
            @Context UriInfo uri) {
        int pageNumber = Paging.number("page", page, 1, 1, Integer.MAX_VALUE / CaseloadQuery.MOST_ROWS);
        int pageSize = Paging.number("size", size, 20, 1, CaseloadQuery.MOST_ROWS);
        CaseloadOrder ordered = order == null ? CaseloadOrder.SAFETY_FLAGS_FIRST : order.order();
        CaseloadPage found = teams.myCaseload(new CaseloadQuery(ordered, false, (pageNumber - 1) * pageSize, pageSize));
        PlanJson.Links links = Paging.links(number -> pageLink(uri, number, pageSize, ordered), pageNumber,
                found.pageCount());
        return Response.ok(new PlanJson.CaseloadPage(found.entries().stream().map(PlanJson.CaseloadClient::of).toList(),
                pageNumber, pageSize, found.clients(), links)).links(Paging.header(links)).build();
    }

    private static String pageLink(UriInfo uri, int page, int size, CaseloadOrder order) {
        return uri.getBaseUriBuilder().path("caseload").queryParam("page", page).queryParam("size", size)
                .queryParam("order", order.name()).build().toString();
    }

    /** The order as a query parameter; an unknown order is refused by name, not as a 404. */
    public record CaseloadOrderParam(CaseloadOrder order) {

        public static CaseloadOrderParam valueOf(String text) {
            try {
                return new CaseloadOrderParam(CaseloadOrder.valueOf(text));
            } catch (IllegalArgumentException e) {
                throw new BadBody("order", "field.notOneOf", "order", "SAFETY_FLAGS_FIRST, CLIENT_NAME, PRONOUNS");
            }
        }
    }
}
