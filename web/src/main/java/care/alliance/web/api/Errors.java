package care.alliance.web.api;

/** The media types and descriptions the operations' OpenAPI annotations share. */
final class Errors {

    static final String PROBLEM = ApiProblems.MEDIA_TYPE;
    static final String BAD_REQUEST = "The body or a parameter is not as the operation takes it; field names which";
    static final String UNAUTHORIZED = "No bearer token, or one the realm did not issue for alliance-api, or expired";
    static final String FORBIDDEN = "The access policy refuses the caller this (audited)";
    static final String NOT_FOUND = "No such record";
    static final String CONFLICT = "The record's rules refuse the change in its present state";
    static final String STALE = "If-Match names a version changed meanwhile; current holds the goal as it is now";
    static final String MISSING = "A change needs If-Match with the ETag the caller read";
    static final String UNEXPECTED = "Something went wrong inside; nothing of it is told";

    private Errors() {
    }
}
