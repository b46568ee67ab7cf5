package care.alliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.careplan.CarePlan;
import care.alliance.client.Client;
import care.alliance.goal.Goal;
import care.alliance.goal.GoalContent;
import care.alliance.goal.GoalStatus;
import care.alliance.goal.LifeArea;
import care.alliance.goal.Party;
import care.alliance.goal.Response;
import care.alliance.goal.Target;
import care.alliance.note.TeamNote;
import care.alliance.note.Visibility;
import care.alliance.person.PersonName;
import care.alliance.progress.Rating;
import care.alliance.task.Assignee;
import care.alliance.task.Task;
import care.alliance.team.Discipline;
import care.alliance.team.MembershipPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal the domain can throw has its words in English and in Spanish, and reads as a whole
 * sentence in both: arguments filled in, terms said in the same language.
 */
class RefusalWordsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    // A whole key in quotes; a key built from a prefix, such as a goal status's, is added by the test.
    private static final Pattern SAID = Pattern.compile("RuleWords\\.say\\(\"([^\"]+)\"\\s*[,)]");
    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    @Test
    void everyKeyTheDomainSaysIsWrittenInEnglishAndInSpanish() throws IOException {
        List<String> keys = keysSaidInTheDomain();
        for (GoalStatus status : GoalStatus.values()) {
            keys.add("goal.status." + status.name());
        }
        Properties english = bundle("refusals.properties");
        Properties spanish = bundle("refusals_es.properties");

        assertTrue(keys.size() > 40, "the scan found the domain's refusals: " + keys);
        assertEquals(List.of(), keys.stream().filter(key -> !english.containsKey(key)).toList(), "missing in English");
        assertEquals(List.of(), keys.stream().filter(key -> !spanish.containsKey(key)).toList(), "missing in Spanish");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("a required text is missing", (Executable) () -> new GoalContent(" ", null,
                        LifeArea.SOCIAL, EnumSet.of(Discipline.PSYCHOTHERAPY), null)),
                Arguments.of("a text is too long", (Executable) () -> new CarePlan(7L).addStrength("x".repeat(501))),
                Arguments.of("a text carries markup", (Executable) () -> proposed().respond(Party.CLIENT, "alex.morgan",
                        Response.DECLINE, "<script>", T0)),
                Arguments.of("a text holds a control code", (Executable) () -> new CarePlan(7L).addStrength("Kind\u0000")),
                Arguments.of("a line holds a line break", (Executable) () -> new Target("days\nwalked", BigDecimal.ONE,
                        Target.Direction.AT_LEAST, null)),
                Arguments.of("a name is missing", (Executable) () -> new PersonName("Alex", " ")),
                Arguments.of("a name holds a control code", (Executable) () -> new PersonName("Al\u0007ex", "Morgan")),
                Arguments.of("a name holds a tab", (Executable) () -> new PersonName("Alex", "Mor\tgan")),
                Arguments.of("a value too large for its column", (Executable) () -> new Target("days walked",
                        new BigDecimal("1e20"), Target.Direction.AT_LEAST, null)),
                Arguments.of("a value with three decimals", (Executable) () -> new Target("days walked",
                        new BigDecimal("0.001"), Target.Direction.AT_LEAST, null)),
                Arguments.of("a plan date in year one", (Executable) () -> new Target("days walked", BigDecimal.ONE,
                        Target.Direction.AT_LEAST, LocalDate.of(1, 1, 1))),
                Arguments.of("a date of birth in the future", (Executable) () -> new Client(new PersonName("Alex",
                        "Morgan"), TODAY.plusDays(1), TODAY)),
                Arguments.of("an agreed goal is answered", (Executable) () -> agreed().respond(Party.CLIENT,
                        "alex.morgan", Response.AGREE, null, T0)),
                Arguments.of("a proposed goal is paused", (Executable) () -> proposed().pause("sam.rivera", "a break",
                        T0)),
                Arguments.of("a revision that changes nothing", (Executable) () -> proposed().revise(walking(),
                        "sam.rivera", Party.PSYCHOTHERAPY, "again", T0)),
                Arguments.of("a revision that does not exist", (Executable) () -> proposed().revision(9)),
                Arguments.of("a task with no due date or frequency", (Executable) () -> new Task(agreed(), "Walk",
                        Assignee.client(), null, null, "sam.rivera", Party.PSYCHOTHERAPY, T0)),
                Arguments.of("a rating out of range", (Executable) () -> new Rating(11)),
                Arguments.of("a review in the past", (Executable) () -> new CarePlan(7L).scheduleReview(
                        TODAY.minusDays(1), TODAY)),
                Arguments.of("a client's note kept from them", (Executable) () -> new TeamNote(7L, null,
                        "alex.morgan", Party.CLIENT, Visibility.CARE_TEAM, "Slept badly", T0)),
                Arguments.of("a membership ending before it starts", (Executable) () -> MembershipPeriod
                        .startingOn(TODAY).endingOn(TODAY.minusDays(1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRefusalReadsAsAWholeSentenceInEnglishAndInSpanish(String situation, Executable attempt) {
        RuntimeException thrown = assertThrows(RuntimeException.class, attempt);
        Refusal refusal = assertInstanceOfRefusal(thrown);

        String english = refusal.message(Locale.ENGLISH);
        String spanish = refusal.message(SPANISH);

        assertEquals(thrown.getMessage(), english, "the exception's message is the English, for logs");
        assertNotEquals(english, spanish);
        for (String said : List.of(english, spanish)) {
            assertFalse(said.contains("{") || said.contains("}"), "every argument is filled in: " + said);
            assertTrue(Character.isUpperCase(said.charAt(0)), "a sentence starts with a capital: " + said);
        }
    }

    @Test
    void aTermInASentenceIsSaidInTheReadersLanguage() {
        Refusal refusal = assertInstanceOfRefusal(assertThrows(RuntimeException.class,
                () -> agreed().respond(Party.CLIENT, "alex.morgan", Response.AGREE, null, T0)));

        assertEquals("This goal is agreed; there is nothing to answer until it is changed.",
                refusal.message(Locale.ENGLISH));
        assertEquals("Este objetivo está acordado; no hay nada que responder hasta que se cambie.",
                refusal.message(SPANISH));
    }

    @Test
    void anEnglishReaderReadsEnglishOnAServerWhoseOwnLanguageIsSpanish() {
        Locale serversOwn = Locale.getDefault();
        try {
            Locale.setDefault(SPANISH);
            ResourceBundle.clearCache(Wording.class.getClassLoader());

            assertEquals("Give a rating from 0 to 10.", RuleWords.say("progress.ratingRequired", 0, 10)
                    .in(Locale.ENGLISH));
            assertEquals("Da una valoración del 0 al 10.", RuleWords.say("progress.ratingRequired", 0, 10)
                    .in(Locale.forLanguageTag("es-MX")));
        } finally {
            Locale.setDefault(serversOwn);
            ResourceBundle.clearCache(Wording.class.getClassLoader());
        }
    }

    private static Refusal assertInstanceOfRefusal(RuntimeException thrown) {
        assertTrue(thrown instanceof Refusal, thrown.getClass().getName() + " carries no words: " + thrown.getMessage());
        return (Refusal) thrown;
    }

    private static List<String> keysSaidInTheDomain() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher said = SAID.matcher(Files.readString(source));
                while (said.find()) {
                    keys.add(said.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String file) throws IOException {
        Properties words = new Properties();
        try (InputStream in = RefusalWordsTest.class.getResourceAsStream(file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            words.load(reader);
        }
        return words;
    }

    private static GoalContent walking() {
        return new GoalContent("I want to walk most days", null, LifeArea.MENTAL_HEALTH,
                EnumSet.of(Discipline.PSYCHOTHERAPY), null);
    }

    private static Goal proposed() {
        return Goal.propose(7L, walking(), "sam.rivera", Party.PSYCHOTHERAPY, T0);
    }

    private static Goal agreed() {
        Goal goal = proposed();
        goal.respond(Party.CLIENT, "alex.morgan", Response.AGREE, null, T0);
        return goal;
    }
}
