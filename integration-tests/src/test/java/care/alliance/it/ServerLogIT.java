package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No personal health information in the server's log. Runs after every other integration test
 * of the run (a Failsafe execution of its own, see the pom), reads the log every Payara of the run
 * wrote — the Payara Micro every class shares ({@link AllianceServer}), any other node a test
 * started, and the full Payara Server of PayaraServerIT — and looks in it for the demo clients' names, user names, record
 * numbers and dates of birth and for the words of their goals, notes and answers, all taken from
 * the demo clinic's SQL. Keycloak's log is Keycloak's, not Alliance's, and is not read.
 */
class ServerLogIT {

    private static final Path DEMO_CLINIC = Path.of("..").toAbsolutePath().normalize()
            .resolve("deploy/src/main/demo/R__demo_clinic.sql");

    @Test
    void theRunsServerLogNamesNoDemoClientAndQuotesNoneOfTheirWords() throws IOException {
        DemoClinicWords demo = DemoClinicWords.of(DEMO_CLINIC);
        assertTrue(demo.people().contains("Jordan Lee") && demo.people().contains("MRN-1001"),
                "the demo clinic's clients are read from its SQL: " + demo.people());
        assertTrue(demo.words().contains("Get out of the house and walk three days a week"),
                "and their words: " + demo.words().size() + " phrases");
        List<Path> logs = serverLogs();
        assertFalse(logs.isEmpty(), "no server log in " + TestSettings.output() + ": did AllianceServer not start?");

        List<String> found = new ArrayList<>();
        long lines = 0;
        for (Path log : logs) {
            List<String> text = Files.readAllLines(log, StandardCharsets.UTF_8);
            lines += text.size();
            for (int number = 0; number < text.size(); number++) {
                String line = text.get(number);
                for (String term : demo.people()) {
                    if (line.contains(term)) {
                        found.add(log.getFileName() + ":" + (number + 1) + " names a client: " + term);
                    }
                }
                for (String phrase : demo.words()) {
                    if (line.contains(phrase)) {
                        found.add(log.getFileName() + ":" + (number + 1) + " quotes the demo clinic: " + phrase);
                    }
                }
            }
        }
        assertTrue(lines > 0, "the server logs are empty: " + logs);
        assertEquals(List.of(), found, "personal health information in the server log (" + lines + " lines read)");
    }

    /** alliance-….log of every Payara Micro the run started, and the Payara Server domain's server.log if it ran. */
    private static List<Path> serverLogs() throws IOException {
        List<Path> logs = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestSettings.output())) {
            files.filter(file -> file.getFileName().toString().startsWith("alliance-")
                    && file.getFileName().toString().endsWith(".log")).sorted().forEach(logs::add);
        }
        Path domains = TestSettings.output().resolve("payara-server-domains");
        if (Files.isDirectory(domains)) {
            try (Stream<Path> files = Files.walk(domains, 3)) {
                files.filter(file -> file.getParent().getFileName().toString().equals("logs")
                        && file.getFileName().toString().startsWith("server.log")).sorted().forEach(logs::add);
            }
        }
        return logs;
    }
}
