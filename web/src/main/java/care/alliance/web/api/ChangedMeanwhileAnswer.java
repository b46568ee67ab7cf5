package care.alliance.web.api;

import care.alliance.goal.ChangedMeanwhile;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * The caller's If-Match named a version someone else has changed meanwhile: 412, nothing of
 * either change lost, with the goal as it is now (and its ETag) to look at and send again.
 */
@Provider
public class ChangedMeanwhileAnswer implements ExceptionMapper<ChangedMeanwhile> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ChangedMeanwhile stale) {
        Locale locale = ApiProblems.localeOf(headers);
        GoalJson current = stale.current() == null ? null : GoalJson.of(stale.current());
        Response answer = ApiProblems.answer(412, "changedMeanwhile", locale, stale.message(locale), "If-Match", current);
        if (current != null) {
            answer.getHeaders().putSingle("ETag", Preconditions.etagOf(current.version()));
        }
        return answer;
    }
}
