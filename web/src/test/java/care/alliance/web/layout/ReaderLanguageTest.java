package care.alliance.web.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReaderLanguageTest {

    // The same choice serves a browser's Accept-Language header and a language chosen with use(tag).
    @ParameterizedTest(name = "\"{0}\" reads in {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "es-MX,es;q=0.9,en;q=0.8 | es",
        "en-US,en;q=0.9,es;q=0.5 | en",
        "de-DE, es;q=0.5         | es",
        "es-419                  | es",
        "ES                      | es",
        "es;q=0, en              | en",
        "fr-FR,fr;q=0.9          | en",
        "*                       | en",
        "none                    | en",
        "'   '                   | en",
        "es;q=nonsense           | en",
        "es-AR                   | es",
        "pt-BR                   | en"})
    void theBestLanguageThatAllianceIsWrittenInElseEnglish(String acceptLanguage, String reads) {
        assertEquals(Locale.forLanguageTag(reads), ReaderLanguage.bestMatch(acceptLanguage));
    }

    @Test
    void theLanguagesAllianceIsWrittenInAreTheOnesFacesIsToldOf() throws IOException {
        String config = Files.readString(Path.of("src/main/webapp/WEB-INF/faces-config.xml"));
        List<Locale> told = new ArrayList<>();
        Matcher locale = Pattern.compile("<(?:default|supported)-locale>([^<]+)<").matcher(config);
        while (locale.find()) {
            told.add(Locale.forLanguageTag(locale.group(1)));
        }

        assertEquals(ReaderLanguage.WRITTEN_IN, told.stream().distinct().toList());
    }
}
