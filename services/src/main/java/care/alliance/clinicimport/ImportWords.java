package care.alliance.clinicimport;

import care.alliance.rules.Wording;
import java.io.Serializable;

/** The import's own words, in {@code care/alliance/clinicimport/import*.properties}. */
final class ImportWords {

    static final String BUNDLE = "care.alliance.clinicimport.import";

    private ImportWords() {
    }

    static Wording say(String key, Serializable... arguments) {
        return Wording.of(BUNDLE, key, arguments);
    }
}
