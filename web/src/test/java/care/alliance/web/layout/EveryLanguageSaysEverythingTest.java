package care.alliance.web.layout;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bundle a reader sees is complete in English and in Spanish: the same keys, no empty text,
 * the same arguments, and every pattern one that java.text.MessageFormat reads as meant.
 */
class EveryLanguageSaysEverythingTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    /** The English base file, its Spanish file, and whether every text is a pattern, or only those with arguments. */
    static Stream<Arguments> bundles() {
        return Stream.of(
                Arguments.of("care/alliance/web/messages", false),
                Arguments.of("care/alliance/web/fields", true),
                Arguments.of("care/alliance/rules/refusals", true),
                Arguments.of("care/alliance/access/refusals", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void spanishHasEveryEnglishKeyAndNoOther(String bundle, boolean allPatterns) {
        Properties english = Bundles.file(bundle + ".properties");
        Properties spanish = Bundles.file(bundle + "_es.properties");

        assertEquals(List.of(), onlyIn(english, spanish), "missing in Spanish");
        assertEquals(List.of(), onlyIn(spanish, english), "not in English");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void everyTextIsWrittenAndTakesTheSameArgumentsInBothLanguages(String bundle, boolean allPatterns) {
        Properties english = Bundles.file(bundle + ".properties");
        Properties spanish = Bundles.file(bundle + "_es.properties");

        assertAll(english.stringPropertyNames().stream().sorted().map(key -> () -> {
            String inEnglish = english.getProperty(key);
            String inSpanish = spanish.getProperty(key, "");
            assertFalse(inEnglish.isBlank(), key + " is empty in English");
            assertFalse(inSpanish.isBlank(), key + " is empty in Spanish");
            assertEquals(arguments(inEnglish), arguments(inSpanish), key + " takes other arguments in Spanish");
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void everyPatternReadsAsMeant(String bundle, boolean allPatterns) {
        assertAll(Stream.of("", "_es").flatMap(language -> {
            Properties words = Bundles.file(bundle + language + ".properties");
            Locale locale = language.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag("es");
            return words.stringPropertyNames().stream().sorted().map(key -> () -> {
                String text = words.getProperty(key);
                if (allPatterns || !arguments(text).isEmpty()) {
                    assertFalse(text.replace("''", "").contains("'"),
                            key + language + ": an apostrophe in a pattern is written twice: " + text);
                    List<Integer> indexes = arguments(text);
                    Object[] twos = Stream.generate(() -> 2)
                            .limit(indexes.isEmpty() ? 0 : indexes.get(indexes.size() - 1) + 1L).toArray();
                    String filled = assertDoesNotThrow(() -> new MessageFormat(text, locale).format(twos), key + language);
                    assertFalse(filled.contains("{") || filled.contains("}"), key + language + ": " + filled);
                } else {
                    assertFalse(text.contains("''"), key + language + ": shown as it is, so one apostrophe: " + text);
                }
            });
        }));
    }

    @Test
    void englishIsWrittenOnceInTheBaseFile() {
        assertEquals(Set.of(), Bundles.file("care/alliance/web/messages_en.properties").stringPropertyNames(),
                "messages_en.properties stays empty; it only keeps English readers off the server's own language");
        assertEquals(Set.of(), Bundles.file("care/alliance/web/fields_en.properties").stringPropertyNames(),
                "fields_en.properties stays empty too");
    }

    private static List<String> onlyIn(Properties these, Properties notThose) {
        return these.stringPropertyNames().stream().filter(key -> !notThose.containsKey(key)).sorted().toList();
    }

    private static List<Integer> arguments(String text) {
        Matcher argument = ARGUMENT.matcher(text);
        Set<Integer> indexes = new TreeSet<>();
        while (argument.find()) {
            indexes.add(Integer.valueOf(argument.group(1)));
        }
        return List.copyOf(indexes);
    }
}
