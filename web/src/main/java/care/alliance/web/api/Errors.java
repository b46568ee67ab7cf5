package care.alliance.web.api;

/**
 * The error answers the operations share, each declared once as a response of the OpenAPI
 * document's components (see {@link ApiApplication}) and named here for the operations to refer to.
 */
final class Errors {

    static final String PROBLEM = ApiProblems.MEDIA_TYPE;

    static final String BAD_REQUEST = "BadRequest";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String FORBIDDEN = "Forbidden";
    static final String NOT_FOUND = "NotFound";
    static final String CONFLICT = "Conflict";
    static final String STALE = "ChangedMeanwhile";
    static final String MISSING = "PreconditionRequired";
    static final String UNEXPECTED = "Unexpected";

    private Errors() {
    }
}
