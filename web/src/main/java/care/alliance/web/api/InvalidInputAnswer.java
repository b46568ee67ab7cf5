package care.alliance.web.api;

import care.alliance.measure.Answers;
import care.alliance.rules.InvalidInput;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Input the domain refused (too long, missing, out of range): 400 with the domain's words and the
 * field of the request body they are about, under the name the API gives it.
 */
@Provider
public class InvalidInputAnswer implements ExceptionMapper<InvalidInput> {

    /** The domain names fields as the pages' forms do; the API's bodies name a few differently. */
    private static final Map<String, String> API_FIELDS = Map.ofEntries(
            Map.entry("goalClientWords", "clientWords"),
            Map.entry("changeWanted", "comment"),
            Map.entry("declineReason", "comment"),
            Map.entry("changeReason", "reason"),
            Map.entry("pauseReason", "reason"),
            Map.entry("discontinueReason", "reason"),
            Map.entry("targetMeasure", "target.measure"),
            Map.entry("targetValue", "target.value"),
            Map.entry("targetDate", "target.byDate"),
            Map.entry("taskDescription", "description"),
            Map.entry("taskFor", "assignee"),
            Map.entry("taskDue", "dueOn"));

    /** A questionnaire's item as the form names it (item1, item2, …), which is the API's answers[0], answers[1], … */
    private static final Pattern ITEM = Pattern.compile("item([1-9][0-9]?)");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(InvalidInput refusal) {
        Locale locale = ApiProblems.localeOf(headers);
        String field = refusal.field().map(InvalidInputAnswer::apiField).orElse(null);
        return ApiProblems.answer(400, "invalidInput", locale, refusal.message(locale), field, null);
    }

    static String apiField(String name) {
        Matcher item = ITEM.matcher(name);
        if (item.matches()) {
            return Answers.ANSWERS_FIELD + "[" + (Integer.parseInt(item.group(1)) - 1) + "]";
        }
        return API_FIELDS.getOrDefault(name, name);
    }
}
