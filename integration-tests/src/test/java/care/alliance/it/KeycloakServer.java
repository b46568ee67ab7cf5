package care.alliance.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
            ServerProcesses.deleteTree(home.resolve("data/h2"));
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
            // The realm file takes its back-channel logout address from here when Keycloak imports it.
            keycloak.environment().put("ALLIANCE_BACKCHANNEL_LOGOUT_URL", AllianceServer.url() + "/signin/backchannel-logout");
            Process process = keycloak.start();
            Running started = new Running(process);
            ServerProcesses.awaitOk("Keycloak", process,
                    URI.create(TestSettings.keycloakUrl() + "/realms/alliance/.well-known/openid-configuration"),
                    START_LIMIT, log);
            return started;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak could not be started", e);
        }
    }

    /** Keycloak's launcher script and the JVM it started. */
    record Running(Process process) {

        void close() {
            ServerProcesses.stop(process);
        }
    }
}
