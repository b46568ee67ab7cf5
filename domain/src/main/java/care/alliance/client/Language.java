package care.alliance.client;

import java.util.Arrays;
import java.util.Locale;

/** The languages Alliance speaks; a client's pages are in the one they prefer. */
public enum Language {
    ENGLISH("en"),
    SPANISH("es");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public static Language ofTag(String tag) {
        return Arrays.stream(values())
                .filter(language -> language.tag.equalsIgnoreCase(tag))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Alliance does not speak the language " + tag + " yet."));
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }
}
