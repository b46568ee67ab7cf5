package care.alliance.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real Keycloak of the tests: the distribution the build unpacked from Maven Central, started
 * once per test run in dev mode with the alliance realm imported afresh, and stopped when the run
 * ends. It has an administrator in its master realm, for tests that act as clinic IT through
 * Keycloak's admin REST API, and it sends back-channel logouts to the tests' application port.
 */
public class KeycloakServer implements BeforeAllCallback {

    static final String ADMIN = "it-admin";
    static final String ADMIN_PASSWORD = "it-admin-password";

    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    /** The Keycloak process of this run, once started. */
    private static volatile Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KeycloakServer.class, key -> start(), StopsAtTheEnd.class);
    }

    /**
     * Stops Keycloak, does what the test does while it is down, and starts it again with the same
     * realm, users and sessions' database (it keeps its data; only the process goes away).
     */
    static void downWhile(Runnable whileDown) {
        Running current = running;
        if (current == null) {
            throw new IllegalStateException("Keycloak was not started by this run");
        }
        current.close();
        try {
            whileDown.run();
        } finally {
            running = launch();
        }
    }

    private static StopsAtTheEnd start() {
        try {
            Path home = Path.of(System.getProperty("it.keycloak.home"));
            // An earlier run's database would keep its realm: Keycloak skips the import of a realm it has.
            deleteTree(home.resolve("data/h2"));
            running = launch();
            return () -> running.close();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak could not be started", e);
        }
    }

    /** Whichever Keycloak process is running when the test run ends is stopped then. */
    interface StopsAtTheEnd extends ExtensionContext.Store.CloseableResource {
    }

    private static Running launch() {
        try {
            Path home = Path.of(System.getProperty("it.keycloak.home"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(Path.of(System.getProperty("it.realm")), imports.resolve("alliance-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            Path log = TestSettings.output().resolve("keycloak.log");
            ProcessBuilder keycloak = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host", "127.0.0.1", "--http-port", String.valueOf(TestSettings.keycloakPort()),
                    "--hostname", TestSettings.keycloakUrl(), "--import-realm")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            keycloak.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            keycloak.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            // The realm file takes its back-channel logout address from here when Keycloak imports it;
            // Arquillian deploys alliance.war at /alliance.
            keycloak.environment().put("ALLIANCE_BACKCHANNEL_LOGOUT_URL", "http://localhost:"
                    + Integer.getInteger("it.port", 18080) + "/alliance/signin/backchannel-logout");
            Process process = keycloak.start();
            Running started = new Running(process);
            awaitRealm(process, log);
            return started;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak could not be started", e);
        }
    }

    private static void awaitRealm(Process process, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI realm = URI.create(TestSettings.keycloakUrl() + "/realms/alliance/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(realm).GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep();
        }
        throw new IllegalStateException("Keycloak did not answer within " + START_LIMIT + "; see " + log);
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keycloak's launcher script and the JVM it started. */
    record Running(Process process) {

        void close() {
            List<ProcessHandle> family = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
            family.forEach(ProcessHandle::destroy);
            for (ProcessHandle member : family) {
                try {
                    member.onExit().get(30, TimeUnit.SECONDS);
                } catch (InterruptedException | ExecutionException | TimeoutException e) {
                    member.destroyForcibly();
                }
            }
        }
    }
}
