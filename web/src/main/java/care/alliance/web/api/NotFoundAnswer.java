package care.alliance.web.api;

import care.alliance.access.NotFound;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** No such record, or none the caller may know of. Answered 404 with the service's words. */
@Provider
public class NotFoundAnswer implements ExceptionMapper<NotFound> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(NotFound refusal) {
        Locale locale = ApiProblems.localeOf(headers);
        return ApiProblems.answer(404, "notFound", locale, refusal.message(locale), null, null);
    }
}
