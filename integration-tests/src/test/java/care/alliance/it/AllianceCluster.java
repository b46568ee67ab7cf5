package care.alliance.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Two nodes of the runnable jar, started at once as one cluster the way the README's "A cluster of
 * nodes" says (the data grid found by TCP/IP on the loopback address, sessions replicated), behind
 * Debian's HAProxy: round-robin, no sticky sessions, Host passed on unchanged. Everything listens
 * on 127.0.0.1 only; every process is ended by {@link #close()}, or by the JVM's shutdown should
 * the test run be cut short.
 */
final class AllianceCluster implements AutoCloseable {

    private static final Duration READY_LIMIT = Duration.ofMinutes(6);
    static final String SERVED_BY = "X-Alliance-Node";

    private final int port = Integer.getInteger("it.cluster.port", 19080);
    private final Path home = TestSettings.output().resolve("cluster");
    private final Path settings = Path.of(System.getProperty("it.cluster.settings"));
    private final Path preboot = home.resolve("preboot.asadmin");
    private final List<Node> nodes = new ArrayList<>();
    private Process balancer;
    private final Thread cleanUp = new Thread(this::close, "cluster-clean-up");

    /** One Payara Micro JVM of the cluster, known to HAProxy by its name. */
    record Node(String name, int port, Process process, Path log) {

        void killHard() {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye to the data grid
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts both nodes at once on an empty database, waits until each is ready, then the load balancer. */
    static AllianceCluster started(Map<String, String> environment) throws IOException {
        AllianceCluster cluster = new AllianceCluster();
        Runtime.getRuntime().addShutdownHook(cluster.cleanUp);
        try {
            // an earlier run's root directories would deploy its WAR once more before this one
            ServerProcesses.deleteTree(cluster.home);
            Files.createDirectories(cluster.home);
            cluster.writePreboot();
            for (int n = 1; n <= 2; n++) {
                cluster.nodes.add(cluster.startNode(n, environment));
            }
            for (Node node : cluster.nodes) {
                cluster.awaitReady(node);
            }
            cluster.startBalancer();
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** Where people reach Alliance: the load balancer, under the host name the realm allows. */
    String url() {
        return "http://localhost:" + port;
    }

    List<Node> nodes() {
        return nodes;
    }

    Node node(String name) {
        return nodes.stream().filter(node -> node.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no node named " + name));
    }

    /** The cluster's pre-boot commands, and the tests' own: every listener on 127.0.0.1 only. */
    private void writePreboot() throws IOException {
        // the cluster's last, so that its sessions in the data grid win over a single node's memory
        Files.writeString(preboot, Files.readString(Path.of(System.getProperty("it.payara.preboot"))) + "\n"
                + Files.readString(settings.resolve("cluster.asadmin")));
    }

    private int dataGridPort(int n) {
        return port + 9 + n;
    }

    private Node startNode(int n, Map<String, String> environment) throws IOException {
        int nodePort = port + n;
        Path root = home.resolve("node" + n);
        // beside the shared server's log, where ServerLogIT reads every node's
        Path log = TestSettings.output().resolve("alliance-cluster-node" + n + ".log");
        String members = IntStream.rangeClosed(1, 2).mapToObj(i -> "127.0.0.1:" + dataGridPort(i))
                .collect(Collectors.joining(","));
        List<String> command = List.of("java", "-Xmx640m", "-Dhazelcast.socket.bind.any=false",
                "-Djava.io.tmpdir=" + root, "-jar", System.getProperty("it.micro.jar"),
                "--port", String.valueOf(nodePort), "--interfaces", "127.0.0.1",
                "--prebootcommandfile", preboot.toString(),
                "--rootdir", root.toString(), "--name", "node" + n,
                // the cluster, as the README's "A cluster of nodes" starts one on a single machine
                "--systemproperties", settings.resolve("cluster.properties").toString(),
                "--clustername", "alliance-it-" + port,
                "--clustermode", "tcpip:" + members,
                "--startport", String.valueOf(dataGridPort(n)),
                "--nohostaware");
        Files.createDirectories(root);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        return new Node("node" + n, nodePort, builder.start(), log);
    }

    private void startBalancer() throws IOException {
        Path config = home.resolve("haproxy.cfg");
        StringBuilder servers = new StringBuilder();
        for (Node node : nodes) {
            servers.append("  server ").append(node.name()).append(" 127.0.0.1:").append(node.port())
                    .append(" check inter 1s fall 3 rise 1\n");
        }
        Files.writeString(config, """
                global
                  maxconn 200
                defaults
                  mode http
                  timeout connect 2s
                  timeout client 60s
                  timeout server 60s
                  # a node that refuses the connection (killed) is tried no more for this request
                  retries 2
                  option redispatch 1
                  option forwardfor
                frontend alliance
                  bind 127.0.0.1:%d
                  # Java's HTTP client asks to upgrade plain HTTP to HTTP/2 (h2c); Payara would
                  # agree, and HAProxy would then tunnel the connection to that one node for good.
                  http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }
                  http-request del-header HTTP2-Settings
                  default_backend nodes
                backend nodes
                  balance roundrobin
                  # as HTTP/1.1 with a Host, as browsers ask (HAProxy's default is HTTP/1.0 without)
                  option httpchk
                  http-check send meth GET uri /health/ready ver HTTP/1.1 hdr Host localhost
                  http-check expect status 200
                  http-response set-header %s %%s
                %s""".formatted(port, SERVED_BY, servers));
        Path log = home.resolve("haproxy.log");
        // kept before it is waited for, so that close() ends it however the start goes
        balancer = new ProcessBuilder("haproxy", "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (!balancer.isAlive()) {
                throw new IllegalStateException("HAProxy stopped at its start; see " + log);
            }
            if (status(url() + "/health/live") == 200) {
                return;
            }
            pause();
        }
        throw new IllegalStateException("HAProxy did not answer on " + url() + "; see " + log);
    }

    private void awaitReady(Node node) {
        Instant deadline = Instant.now().plus(READY_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!node.process().isAlive()) {
                throw new IllegalStateException(node.name() + " stopped while starting; see " + node.log());
            }
            // Payara's banner comes once every deployment is done; readiness alone may answer earlier
            if (status("http://127.0.0.1:" + node.port() + "/health/ready") == 200 && hasStarted(node)) {
                return;
            }
            pause();
        }
        throw new IllegalStateException(node.name() + " was not ready within " + READY_LIMIT + "; see " + node.log());
    }

    private static boolean hasStarted(Node node) {
        try {
            return new String(Files.readAllBytes(node.log()), StandardCharsets.ISO_8859_1).contains(" ready in ");
        } catch (IOException e) {
            return false;
        }
    }

    private static int status(String url) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the load balancer and every node still running (only the processes this cluster started). */
    @Override
    public synchronized void close() {
        List<Process> started = new ArrayList<>();
        if (balancer != null) {
            started.add(balancer);
        }
        nodes.forEach(node -> started.add(node.process()));
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        for (Process process : started) {
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (Thread.currentThread() != cleanUp) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs, or has run, anyway
            }
        }
    }
}
