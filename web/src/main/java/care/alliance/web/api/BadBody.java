package care.alliance.web.api;

/** A request the API cannot read as asked: the field (or header) it is about and the words' key. */
class BadBody extends RuntimeException {

    private final String field;
    private final String key;
    private final transient Object[] arguments;

    BadBody(String field, String key, Object... arguments) {
        super(key + (field == null ? "" : " (" + field + ")"), null, false, false);
        this.field = field;
        this.key = key;
        this.arguments = arguments.clone();
    }

    String field() {
        return field;
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
