package care.alliance.web.api;

import care.alliance.rules.InvalidInput;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;

/**
 * Input the domain refused (too long, missing, out of range): 400 with the domain's words and the
 * field of the request body they are about, under the name the API gives it.
 */
@Provider
public class InvalidInputAnswer implements ExceptionMapper<InvalidInput> {

    /** The domain names fields as the pages' forms do; the API's bodies name a few differently. */
    private static final Map<String, String> API_FIELDS = Map.of(
            "goalClientWords", "clientWords",
            "changeWanted", "comment",
            "declineReason", "comment",
            "changeReason", "reason",
            "targetMeasure", "target.measure",
            "targetValue", "target.value",
            "targetDate", "target.byDate");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(InvalidInput refusal) {
        Locale locale = ApiProblems.localeOf(headers);
        String field = refusal.field().map(name -> API_FIELDS.getOrDefault(name, name)).orElse(null);
        return ApiProblems.answer(400, "invalidInput", locale, refusal.message(locale), field, null);
    }
}
