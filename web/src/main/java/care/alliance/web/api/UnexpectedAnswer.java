package care.alliance.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import care.alliance.monitoring.LoggedFailure;
import care.alliance.web.errors.DatabaseOutage;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever no other answer covers: 500 as a problem detail that says nothing of the inside; the
 * log has it. Nothing a caller sends should end here (RestApiIT tries hostile bodies). A database
 * that cannot be reached is 503 with Retry-After, as for the pages: trying again shortly is right.
 */
@Provider
public class UnexpectedAnswer implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedAnswer.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        Locale locale = ApiProblems.localeOf(headers);
        Optional<String> outage = DatabaseOutage.reasonIn(failure);
        if (outage.isPresent()) {
            LOG.warning(() -> "The database cannot be reached (" + outage.get() + "); an API request answered 503");
            return Response.fromResponse(ApiProblems.answer(503, "unavailable", locale,
                    ApiProblems.say(locale, "detail.unavailable"), null, null))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "The API could not answer", LoggedFailure.of(failure));
        return ApiProblems.answer(500, "unexpected", locale, ApiProblems.say(locale, "detail.unexpected"), null, null);
    }
}
