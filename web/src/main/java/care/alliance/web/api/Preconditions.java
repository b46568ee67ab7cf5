package care.alliance.web.api;

/**
 * Optimistic concurrency the HTTP way: a record's ETag is its version in quotes, and a change
 * must send it back in If-Match; the service then notices a change made meanwhile (412).
 */
final class Preconditions {

    private Preconditions() {
    }

    /** No If-Match on a change: 428, since the change could overwrite one the caller never saw. */
    static final class Missing extends BadBody {
        Missing() {
            super("If-Match", "ifMatch.missing");
        }
    }

    static String etagOf(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version the caller saw. An If-Match that names no version of ours ("*", a list, a weak
     * tag, garbage) cannot match the current one: -1, which the service reports as changed meanwhile.
     */
    static long seenVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new Missing();
        }
        String tag = ifMatch.trim();
        if (tag.length() < 3 || tag.length() > 21 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
            return -1;
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
