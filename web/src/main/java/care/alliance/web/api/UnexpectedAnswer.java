package care.alliance.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import care.alliance.monitoring.LoggedFailure;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever no other answer covers: 500 as a problem detail that says nothing of the inside; the
 * log has it. Nothing a caller sends should end here (RestApiIT tries hostile bodies).
 */
@Provider
public class UnexpectedAnswer implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedAnswer.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        LOG.log(Level.SEVERE, "The API could not answer", LoggedFailure.of(failure));
        Locale locale = ApiProblems.localeOf(headers);
        return ApiProblems.answer(500, "unexpected", locale, ApiProblems.say(locale, "detail.unexpected"), null, null);
    }
}
