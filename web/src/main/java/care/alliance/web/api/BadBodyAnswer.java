package care.alliance.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** A body or header the API could not read: 400 (428 for a missing If-Match), naming the field. */
@Provider
public class BadBodyAnswer implements ExceptionMapper<BadBody> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BadBody bad) {
        Locale locale = ApiProblems.localeOf(headers);
        if (bad instanceof Preconditions.Missing) {
            return ApiProblems.answer(428, "preconditionRequired", locale, ApiProblems.say(locale, bad.key()),
                    bad.field(), null);
        }
        return ApiProblems.answer(400, "badRequest", locale, ApiProblems.say(locale, bad.key(), bad.arguments()),
                bad.field(), null);
    }
}
