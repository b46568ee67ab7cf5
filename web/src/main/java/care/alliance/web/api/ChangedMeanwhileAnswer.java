package care.alliance.web.api;

import care.alliance.goal.ChangedMeanwhile;
import care.alliance.goal.GoalView;
import care.alliance.task.TaskView;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Optional;

/**
 * The caller's If-Match named a version someone else has changed meanwhile: 412, nothing of
 * either change lost, with the goal or task as it is now (and its ETag) to look at and send again.
 */
@Provider
public class ChangedMeanwhileAnswer implements ExceptionMapper<ChangedMeanwhile> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ChangedMeanwhile stale) {
        Locale locale = ApiProblems.localeOf(headers);
        Optional<GoalJson> goal = stale.currentAs(GoalView.class).map(GoalJson::of);
        Optional<PlanJson.Task> task = stale.currentAs(TaskView.class).map(PlanJson.Task::of);
        Object current = goal.<Object>map(found -> found).or(() -> task).orElse(null);
        Response answer = ApiProblems.answer(412, "changedMeanwhile", locale, stale.message(locale), "If-Match", current);
        goal.map(GoalJson::version).or(() -> task.map(PlanJson.Task::version))
                .ifPresent(version -> answer.getHeaders().putSingle("ETag", Preconditions.etagOf(version)));
        return answer;
    }
}
