package care.alliance.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The WAR exactly as clinic IT gets it, on Payara Micro against PostgreSQL, started once per test
 * run and stopped when the run ends: a start costs about 40 s, so every test class shares it (as
 * people share a clinic's server). Payara Micro runs the WAR ({@code --deploy}, at
 * {@code /alliance}) with the configuration in the environment the build gives the tests, on
 * loopback only. Its log is {@code target/alliance-server.log}.
 */
public class AllianceServer implements BeforeAllCallback {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(AllianceServer.class, key -> start(), Running.class);
    }

    /** Where a browser reaches Alliance: the realm's redirect addresses name localhost. */
    static String url() {
        return "http://localhost:" + port() + "/alliance";
    }

    /** Payara Micro's own address, where its health endpoints are. */
    static String serverUrl() {
        return "http://localhost:" + port();
    }

    static int port() {
        return Integer.getInteger("it.port", 18080);
    }

    static Path log() {
        return TestSettings.output().resolve("alliance-server.log");
    }

    private static Running start() {
        try {
            Path root = TestSettings.output().resolve("alliance-server");
            ServerProcesses.deleteTree(root);
            Files.createDirectories(root);
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m", "-Dhazelcast.socket.bind.any=false", "-Djava.io.tmpdir=" + root,
                    "-jar", System.getProperty("it.payara.micro"),
                    "--deploy", System.getProperty("it.war"),
                    "--port", String.valueOf(port()), "--interfaces", "127.0.0.1", "--nocluster",
                    "--prebootcommandfile", System.getProperty("it.payara.preboot"),
                    "--rootdir", root.resolve("runtime").toString());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log().toFile()))
                    .start();
            Running running = new Running(process);
            try {
                // Ready means deployed, with the database and Keycloak reachable: what the tests need.
                ServerProcesses.awaitOk("Alliance", process, URI.create(serverUrl() + "/health/ready"), START_LIMIT, log());
            } catch (RuntimeException notReady) {
                running.close();
                throw notReady;
            }
            return running;
        } catch (IOException e) {
            throw new IllegalStateException("Alliance could not be started; see " + log(), e);
        }
    }

    /** The Payara Micro process of this run; it is asked to stop, and made to if it takes too long. */
    record Running(Process process) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            ServerProcesses.stop(process);
        }
    }
}
