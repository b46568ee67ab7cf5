package care.alliance.benchmark;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keycloak and Payara Micro as the integration tests run them, on the benchmark's own ports, on
 * 127.0.0.1 only; every process started here is stopped when the benchmark ends, however it ends.
 */
final class Servers implements AutoCloseable {

    static final String KEYCLOAK_ADMIN = "bench-admin";
    static final String KEYCLOAK_ADMIN_PASSWORD = "bench-admin-password";

    private static final Pattern PAYARA_READY = Pattern.compile("ready in ([\\d,.]+) \\(ms\\)");
    private static final Pattern DEPLOYED = Pattern.compile("(\\w+) was successfully deployed in ([\\d,.]+) milliseconds");

    private final Settings settings;
    private final List<Process> started = new ArrayList<>();
    private Process keycloakProcess;
    private Process payara;
    private Path payaraLog;
    private Duration untilAnswering;

    Servers(Settings settings) {
        this.settings = settings;
    }

    void startKeycloak() throws IOException {
        Path home = settings.keycloakHome();
        // Keycloak skips the import of a realm its database already has.
        deleteTree(home.resolve("data/h2"));
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(settings.realm(), imports.resolve("alliance-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Path log = settings.output().resolve("keycloak.log");
        ProcessBuilder keycloak = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host", "127.0.0.1", "--http-port", String.valueOf(settings.keycloakPort()),
                "--hostname", settings.keycloakUrl(), "--import-realm")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        keycloak.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", KEYCLOAK_ADMIN);
        keycloak.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", KEYCLOAK_ADMIN_PASSWORD);
        keycloak.environment().put("ALLIANCE_BACKCHANNEL_LOGOUT_URL", settings.appUrl() + "/signin/backchannel-logout");
        Process process = keycloak.start();
        started.add(process);
        keycloakProcess = process;
        awaitAnswer(process, settings.keycloakUrl() + "/realms/alliance/.well-known/openid-configuration",
                Duration.ofMinutes(4), log);
    }

    void startPayara() throws IOException {
        Path root = settings.output().resolve("payara-root");
        deleteTree(root);
        payaraLog = settings.output().resolve("payara.log");
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + settings.heap(),
                "-Dhazelcast.socket.bind.any=false", "-Djava.io.tmpdir=" + settings.output(),
                // the JVM keeps an account of its memory by area, for the report (a few % of CPU, the floor's alike)
                "-XX:NativeMemoryTracking=summary"));
        // the JVM's own settings to try, such as its collector (-Dbench.jvm.options="-XX:+UseSerialGC")
        command.addAll(settings.jvmOptions());
        if (settings.flightRecording()) {
            // where the server's CPU goes, sampled every 10 ms; read it with `jfr print` or JDK Mission Control
            // deep enough for a request's whole stack through Payara, Jersey, EJB and Hibernate (the default keeps 64 frames)
            command.add("-XX:FlightRecorderOptions:stackdepth=1024");
            command.add("-XX:StartFlightRecording=settings=profile,filename=" + settings.output().resolve("payara.jfr"));
        }
        command.addAll(List.of("-jar", settings.payaraMicro().toString(),
                "--deploy", settings.allianceWar().toString(), "--deploy", settings.floorWar().toString(),
                "--port", String.valueOf(settings.port()), "--interfaces", "127.0.0.1", "--nocluster",
                "--rootdir", root.toString(), "--prebootcommandfile", settings.payaraPreboot().toString()));
        ProcessBuilder micro = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(payaraLog.toFile());
        micro.environment().putAll(allianceEnvironment());
        Instant start = Instant.now();
        payara = micro.start();
        started.add(payara);
        awaitAnswer(payara, "http://127.0.0.1:" + settings.port() + "/health/ready", Duration.ofMinutes(5), payaraLog);
        untilAnswering = Duration.between(start, Instant.now());
    }

    /** The variables Alliance starts with here: the benchmark's database (through the counting proxy) and Keycloak. */
    Map<String, String> allianceEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("ALLIANCE_DB_URL", "jdbc:postgresql://127.0.0.1:" + settings.databaseProxyPort() + "/"
                + settings.database() + "?sslmode=disable&gssEncMode=disable");
        env.put("ALLIANCE_DB_USER", "alliance");
        env.put("ALLIANCE_DB_PASSWORD", "alliance");
        env.put("ALLIANCE_DB_OWNER", "alliance_owner");
        env.put("ALLIANCE_DB_OWNER_PASSWORD", "alliance_owner");
        env.put("ALLIANCE_OIDC_PROVIDER", settings.keycloakUrl() + "/realms/alliance");
        env.put("ALLIANCE_OIDC_CLIENT_ID", "alliance-web");
        env.put("ALLIANCE_OIDC_CLIENT_SECRET", "alliance-web-demo-secret");
        env.put("ALLIANCE_KEYCLOAK_ADMIN_CLIENT_SECRET", "alliance-admin-demo-secret");
        env.put("ALLIANCE_DEMO_LOCATION", "filesystem:" + settings.demo());
        return env;
    }

    /** CPU time so far of Keycloak: its launcher script and the JVM it started. */
    long keycloakCpuMillis() {
        return Stream.concat(Stream.of(keycloakProcess.toHandle()), keycloakProcess.descendants())
                .mapToLong(process -> new ServerProcess(process.pid()).cpuMillis()).sum();
    }

    long payaraPid() {
        return payara.pid();
    }

    /** How long Payara took by its own account, each WAR's deployment, and until Alliance said it is ready. */
    String readiness() throws IOException {
        String log = Files.readString(payaraLog);
        StringBuilder said = new StringBuilder("ready (health/ready answered 200) " + seconds(untilAnswering.toMillis())
                + " after the process started");
        Matcher ready = PAYARA_READY.matcher(log);
        if (ready.find()) {
            said.append("; Payara Micro says ready in ").append(seconds(millis(ready.group(1))));
        }
        Matcher deployed = DEPLOYED.matcher(log);
        while (deployed.find()) {
            said.append("; ").append(deployed.group(1)).append(" deployed in ").append(seconds(millis(deployed.group(2))));
        }
        return said.toString();
    }

    private static long millis(String figure) {
        return Long.parseLong(figure.replaceAll("[,.]", ""));
    }

    private static String seconds(long millis) {
        return String.format("%.1f s", millis / 1000.0);
    }

    private static void awaitAnswer(Process process, String url, Duration limit, Path log) {
        // HTTP/1.1 as Session asks: a request offering the HTTP/2 upgrade to a server still starting once
        // waited past its own timeout, for minutes, and the run with it.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("A server stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(url + " did not answer within " + limit + "; see " + log);
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Stops each server, its launcher script and the JVMs it started. */
    @Override
    public void close() {
        for (Process process : started) {
            stopWithWhatItStarted(process, Duration.ofSeconds(30));
        }
        started.clear();
    }

    /** Asks the process and every process it started to end, and ends those still there after the grace. */
    static void stopWithWhatItStarted(Process process, Duration grace) {
        List<ProcessHandle> family = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        family.forEach(ProcessHandle::destroy);
        for (ProcessHandle member : family) {
            try {
                member.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                member.destroyForcibly();
            }
        }
    }
}
