package care.alliance.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every refusal the services can throw has its words in English and in Spanish. */
class ServiceWordsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    // A whole key in quotes; "not found" keys are built from the record type passed to found(...).
    private static final Pattern SAID = Pattern.compile("ServiceWords\\.say\\(\"([^\"]+)\"\\s*[,)]");
    private static final Pattern FOUND = Pattern.compile("access\\.found\\([^;]*?,\\s*\"([A-Za-z]+)\"\\s*,");

    @Test
    void everyKeyTheServicesSayIsWrittenInEnglishAndInSpanish() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                collect(SAID, code, "", keys);
                collect(FOUND, code, "notFound.", keys);
            }
        }
        Properties english = bundle("refusals.properties");
        Properties spanish = bundle("refusals_es.properties");

        assertTrue(keys.containsAll(List.of("plan.why.notOnTeam", "notFound.Goal", "notFound.Task")),
                "the scan found the services' refusals: " + keys);
        assertEquals(List.of(), keys.stream().filter(key -> !english.containsKey(key)).toList(), "missing in English");
        assertEquals(List.of(), keys.stream().filter(key -> !spanish.containsKey(key)).toList(), "missing in Spanish");
    }

    @Test
    void theReasonOfARefusedAccessIsSaidInTheReadersLanguage() {
        AccessRefused refused = new AccessRefused(ServiceWords.say("plan.notYours",
                ServiceWords.say("plan.why.notOnTeam")));

        assertEquals("This is not yours to see or change: not on this client's care team.", refused.getMessage());
        assertEquals("No tienes acceso para ver ni cambiar esto: no formas parte del equipo de cuidados de este cliente.",
                refused.message(SPANISH));
    }

    private static void collect(Pattern pattern, String code, String prefix, List<String> keys) {
        Matcher found = pattern.matcher(code);
        while (found.find()) {
            keys.add(prefix + found.group(1));
        }
    }

    private static Properties bundle(String file) throws IOException {
        Properties words = new Properties();
        try (InputStream in = ServiceWordsTest.class.getResourceAsStream(file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            words.load(reader);
        }
        return words;
    }
}
