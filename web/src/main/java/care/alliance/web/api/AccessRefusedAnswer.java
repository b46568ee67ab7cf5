package care.alliance.web.api;

import care.alliance.access.AccessRefused;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** The policy refused the caller; the refusal is already audited. Answered 403 with the service's words. */
@Provider
public class AccessRefusedAnswer implements ExceptionMapper<AccessRefused> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(AccessRefused refusal) {
        Locale locale = ApiProblems.localeOf(headers);
        return ApiProblems.answer(403, "forbidden", locale, refusal.message(locale), null, null);
    }
}
