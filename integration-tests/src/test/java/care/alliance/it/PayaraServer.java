package care.alliance.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A full Payara Server 6 run the way the README's "Deploying" tells clinic IT to: the distribution
 * from Maven Central (the build unpacks it), a domain of its own, Alliance's variables in the
 * server's environment, {@code deploy/src/main/payara/payara-server.asadmin} for health and
 * compression, a restart, and {@code asadmin deploy --contextroot / alliance.war}.
 */
final class PayaraServer implements AutoCloseable {

    private static final String DOMAIN = "alliance";
    private static final Duration COMMAND_LIMIT = Duration.ofMinutes(4);
    private static final Duration READY_LIMIT = Duration.ofMinutes(3);

    private final Path asadmin = Path.of(System.getProperty("it.payara.server.home"), "bin", "asadmin");
    private final Path domains = TestSettings.output().resolve("payara-server-domains");
    private final Path log = TestSettings.output().resolve("payara-server-asadmin.log");
    private final int portbase = Integer.getInteger("it.payara.server.portbase", 29000);
    private final Map<String, String> environment;

    private PayaraServer(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Creates the domain, starts it with these variables, configures it and deploys the WAR. */
    static PayaraServer deployedWith(Map<String, String> environment) throws IOException {
        PayaraServer server = new PayaraServer(environment);
        try {
            server.deleteEarlierDomain();
            server.asadmin("--user", "admin", "create-domain", "--nopassword=true",
                    "--portbase", String.valueOf(server.portbase), "--domaindir", server.domains.toString(), DOMAIN);
            server.asadmin("start-domain", "--domaindir", server.domains.toString(), DOMAIN);
            server.remote("multimode", "--file", System.getProperty("it.payara.server.commands"));
            server.asadmin("restart-domain", "--domaindir", server.domains.toString(), DOMAIN);
            server.remote("deploy", "--contextroot", "/", "--name", DOMAIN, System.getProperty("it.war"));
            server.awaitReady();
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Where a browser reaches Alliance on this server: its first HTTP listener. */
    String url() {
        return "http://localhost:" + (portbase + 80);
    }

    Path serverLog() {
        return domains.resolve(DOMAIN).resolve("logs/server.log");
    }

    private void remote(String... command) throws IOException {
        List<String> withPort = new ArrayList<>(List.of("--port", String.valueOf(portbase + 48)));
        withPort.addAll(List.of(command));
        asadmin(withPort.toArray(String[]::new));
    }

    private void asadmin(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(asadmin.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // start-domain hands its environment to the server's JVM: this is where the variables go.
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            if (!process.waitFor(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " took over "
                        + COMMAND_LIMIT + "; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during asadmin " + arguments[0], e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed; see " + log);
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create(url() + "/health/ready");
        Instant deadline = Instant.now().plus(READY_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Payara Server", e);
            }
            pause();
        }
        throw new IllegalStateException("Alliance on Payara Server was not ready within " + READY_LIMIT
                + "; see " + serverLog());
    }

    private void deleteEarlierDomain() throws IOException {
        Path earlier = domains.resolve(DOMAIN);
        if (Files.exists(earlier)) {
            try {
                asadmin("stop-domain", "--domaindir", domains.toString(), DOMAIN);
            } catch (IllegalStateException notRunning) {
                // an earlier run's domain that is no longer running: nothing to stop
            }
            try (Stream<Path> paths = Files.walk(earlier)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the domain; a server that will not stop is killed, so no run leaves one behind. */
    @Override
    public void close() {
        try {
            asadmin("stop-domain", "--kill=true", "--domaindir", domains.toString(), DOMAIN);
        } catch (IOException | IllegalStateException e) {
            ProcessHandle.allProcesses()
                    .filter(process -> process.info().commandLine().orElse("").contains(domains.toString()))
                    .forEach(ProcessHandle::destroyForcibly);
        }
    }
}
