package care.alliance.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * What JAX-RS itself refuses (no such path 404, method 405, media type 415, not acceptable 406,
 * a path number that is not one 404) as a problem detail with JAX-RS' status, keeping its Allow.
 */
@Provider
public class WebApplicationAnswer implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException refused) {
        Locale locale = ApiProblems.localeOf(headers);
        int status = refused.getResponse().getStatus();
        String name = switch (status) {
            case 404 -> "notFound";
            case 405 -> "methodNotAllowed";
            case 406 -> "notAcceptable";
            case 415 -> "unsupportedMediaType";
            default -> status >= 500 ? "unexpected" : "badRequest";
        };
        Response answer = ApiProblems.answer(status >= 500 ? 500 : status, name, locale,
                ApiProblems.say(locale, "detail." + name), null, null);
        String allow = refused.getResponse().getHeaderString("Allow");
        if (allow != null) {
            answer.getHeaders().putSingle("Allow", allow);
        }
        return answer;
    }
}
