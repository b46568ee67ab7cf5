package care.alliance.access;

import care.alliance.rules.Wording;
import java.io.Serializable;

/**
 * The services' words for refusals: access refused, records not found, changes overtaken by
 * someone else's. In {@code care/alliance/access/refusals*.properties}.
 */
public final class ServiceWords {

    static final String BUNDLE = "care.alliance.access.refusals";

    private ServiceWords() {
    }

    public static Wording say(String key, Serializable... arguments) {
        return Wording.of(BUNDLE, key, arguments);
    }
}
