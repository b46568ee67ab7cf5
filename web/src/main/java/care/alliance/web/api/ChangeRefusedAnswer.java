package care.alliance.web.api;

import care.alliance.rules.ChangeRefused;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** The record's own rules refuse the change in the state it is in. Answered 409 with the service's words. */
@Provider
public class ChangeRefusedAnswer implements ExceptionMapper<ChangeRefused> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ChangeRefused refusal) {
        Locale locale = ApiProblems.localeOf(headers);
        return ApiProblems.answer(409, "changeRefused", locale, refusal.message(locale), null, null);
    }
}
