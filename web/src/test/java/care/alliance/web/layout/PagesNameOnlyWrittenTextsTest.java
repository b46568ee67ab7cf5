package care.alliance.web.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.Role;
import care.alliance.audit.Outcome;
import care.alliance.goal.GoalStatus;
import care.alliance.goal.LifeArea;
import care.alliance.goal.Party;
import care.alliance.goal.Response;
import care.alliance.goal.Target;
import care.alliance.measure.EpisodeStatus;
import care.alliance.measure.FollowUpOutcome;
import care.alliance.measure.Severity;
import care.alliance.note.Visibility;
import care.alliance.task.Frequency;
import care.alliance.task.TaskStatus;
import care.alliance.team.Discipline;
import care.alliance.team.TeamRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a page or a bean names by its key is written: a missing key would show the reader
 * "???key???" instead of words.
 */
class PagesNameOnlyWrittenTextsTest {

    // msg['key'] with the key written out; keys built from a prefix (msg['status.'.concat(...)]) are
    // checked below, enum by enum.
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]");
    private static final Pattern BEAN_KEY = Pattern.compile("\"((?:done|page)\\.[A-Za-z.]+)\"");
    private static final Pattern SERVICE_KEY = Pattern.compile("ServiceWords\\.say\\(\"([^\"]+)\"\\s*[,)]");

    private final Properties english = Bundles.file("care/alliance/web/messages.properties");

    @Test
    void everyKeyAPageWritesOutIsInTheMessages() throws IOException {
        List<String> keys = found(PAGE_KEY, Path.of("src/main/webapp"), ".xhtml");

        assertTrue(keys.size() > 100, "the scan found the pages' texts: " + keys.size());
        assertEquals(List.of(), missing(keys, english));
    }

    @Test
    void everyConfirmationABeanNamesIsInTheMessages() throws IOException {
        List<String> keys = found(BEAN_KEY, Path.of("src/main/java"), ".java");

        assertTrue(keys.contains("done.agreed") && keys.contains("page.notAccepted"), "the scan found: " + keys);
        assertEquals(List.of(), missing(keys, english));
    }

    @Test
    void everyRefusalTheWebSaysInTheServicesWordsIsWritten() throws IOException {
        List<String> keys = found(SERVICE_KEY, Path.of("src/main/java"), ".java");

        assertEquals(List.of(), missing(keys, Bundles.file("care/alliance/access/refusals.properties")));
    }

    @Test
    void everyValueAPageNamesByPrefixIsInTheMessages() {
        List<String> keys = new ArrayList<>();
        keys.addAll(named("status.", GoalStatus.values()));
        keys.addAll(named("party.", Party.values()));
        keys.addAll(named("lifeArea.", LifeArea.values()));
        keys.addAll(named("discipline.", Discipline.values()));
        keys.addAll(named("response.", Response.values()));
        keys.addAll(named("direction.", Target.Direction.values()));
        keys.addAll(named("frequency.", Frequency.values()));
        keys.addAll(named("taskStatus.", TaskStatus.values()));
        keys.addAll(named("board.", TaskStatus.values()));
        keys.addAll(named("visibility.", Visibility.values()));
        keys.addAll(named("teamRole.", TeamRole.values()));
        keys.addAll(named("followUpOutcome.", FollowUpOutcome.values()));
        keys.addAll(named("severity.", Severity.values()));
        keys.addAll(named("episodeStatus.", EpisodeStatus.values()));
        keys.addAll(named("outcome.", Outcome.values()));
        Arrays.stream(Role.values()).map(role -> "role." + role.realmName()).forEach(keys::add);
        keys.add("role.none");
        Stream.of("clientWords", "clinicalFraming", "lifeArea", "owners", "target").map(field -> "field." + field)
                .forEach(keys::add);

        assertEquals(List.of(), missing(keys, english));
    }

    private static List<String> named(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(value -> prefix + value.name()).toList();
    }

    private static List<String> found(Pattern key, Path folder, String ending) throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(ending)).toList()) {
                Matcher found = key.matcher(Files.readString(file));
                while (found.find()) {
                    keys.add(found.group(1));
                }
            }
        }
        return keys;
    }

    private static List<String> missing(List<String> keys, Properties words) {
        return keys.stream().filter(key -> !words.containsKey(key)).distinct().toList();
    }
}
