package care.alliance.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * A refusal a person reads: what was not done and why, in their language. The exception that
 * carries it keeps the English as its message, for logs.
 */
public interface Refusal {

    Wording why();

    default String message(Locale locale) {
        return why().in(locale);
    }

    /** The field the refusal is about, if any, so that a page says it beside that field. */
    default Optional<String> field() {
        return why().field();
    }
}
