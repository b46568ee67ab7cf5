package care.alliance.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: what went wrong, in the caller's language, and the field it is
 * about when the input was wrong; never anything of the server's inside.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(description = "What kind of problem, as a URN of Alliance's problems", required = true) String type,
        @Schema(description = "The kind of problem in words, in the caller's language", required = true) String title,
        @Schema(description = "The HTTP status", required = true) int status,
        @Schema(description = "What happened this time, in the caller's language") String detail,
        @Schema(description = "The field of the request body, or the header, the problem is about") String field,
        @Schema(description = "With 412: the goal or the task as it is now, changed meanwhile by someone else",
                oneOf = {GoalJson.class, PlanJson.Task.class}) Object current) {

    /** With the record as it is now: a {@link GoalJson} or a {@link PlanJson.Task}. */
    Problem withCurrent(Object record) {
        return new Problem(type, title, status, detail, field, record);
    }
}
