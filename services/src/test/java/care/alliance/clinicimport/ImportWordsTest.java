package care.alliance.clinicimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Everything the import says (the file's refusals are said through {@code CsvSheet.refused}) is written in English and in Spanish. */
class ImportWordsTest {

    private static final Pattern SAID = Pattern.compile("(?:ImportWords\\.say|refused)\\(\\s*(?:file,\\s*)?\"([^\"]+)\"");

    @Test
    void everyKeyTheImportSaysIsWrittenInEnglishAndInSpanish() throws IOException {
        List<String> keys = new ArrayList<>(List.of("teamRole.LEAD", "teamRole.MEMBER"));
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/care/alliance/clinicimport"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher found = SAID.matcher(Files.readString(source));
                while (found.find()) {
                    // a key built from an enum's name ("teamRole." + role) is listed above
                    if (!found.group(1).endsWith(".")) {
                        keys.add(found.group(1));
                    }
                }
            }
        }
        Properties english = bundle("import.properties");
        Properties spanish = bundle("import_es.properties");

        assertTrue(keys.size() > 20 && keys.contains("file.notUtf8"), "the scan found the import's words: " + keys);
        assertEquals(List.of(), keys.stream().filter(key -> !english.containsKey(key)).toList(), "missing in English");
        assertEquals(List.of(), keys.stream().filter(key -> !spanish.containsKey(key)).toList(), "missing in Spanish");
        assertEquals(english.keySet(), spanish.keySet(), "both files say the same things");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImportWordsTest.class.getResourceAsStream("/care/alliance/clinicimport/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
