package care.alliance.rules;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Words for a person, kept as a key of a resource bundle and the arguments of its pattern, and
 * said in a language only when someone reads them. An argument that is itself a wording, such as
 * the name of a field or a goal's status, is said in the same language.
 */
public final class Wording implements Serializable {

    // The base file of each bundle is English; without this, a server whose own language has a
    // bundle would answer English readers in that language.
    private static final ResourceBundle.Control BASE_FILE_IS_ENGLISH =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final String FIELD = "field.";

    private final String bundle;
    private final String key;
    private final Serializable[] arguments;

    private Wording(String bundle, String key, Serializable[] arguments) {
        this.bundle = bundle;
        this.key = key;
        this.arguments = arguments;
    }

    /** The pattern under the key in the bundle (a base name such as {@code care.alliance.rules.refusals}), with its arguments. */
    public static Wording of(String bundle, String key, Serializable... arguments) {
        return new Wording(Objects.requireNonNull(bundle), Objects.requireNonNull(key), arguments.clone());
    }

    /**
     * The words as a sentence in the language: a term that opens it starts with a capital letter,
     * so that terms can be written in lower case for use mid-sentence.
     */
    public String in(Locale locale) {
        String said = phrase(locale);
        return said.isEmpty() ? said : said.substring(0, 1).toUpperCase(locale) + said.substring(1);
    }

    /**
     * The field these words are about, when they name one: the first argument that is a field's
     * term ({@code field.targetMeasure} gives {@code targetMeasure}).
     */
    public Optional<String> field() {
        return Arrays.stream(arguments)
                .filter(argument -> argument instanceof Wording term && term.key.startsWith(FIELD))
                .map(term -> ((Wording) term).key.substring(FIELD.length()))
                .findFirst();
    }

    private String phrase(Locale locale) {
        Object[] said = Arrays.stream(arguments)
                .map(argument -> argument instanceof Wording term ? term.phrase(locale) : argument)
                .toArray();
        String pattern = ResourceBundle.getBundle(bundle, locale, Wording.class.getClassLoader(), BASE_FILE_IS_ENGLISH)
                .getString(key);
        return new MessageFormat(pattern, locale).format(said);
    }
}
