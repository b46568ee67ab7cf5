package care.alliance.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Two nodes of the runnable jar as one cluster, the way the README's "A cluster of nodes" starts
 * them on a single machine (the data grid found by TCP/IP on the loopback address, sessions
 * replicated), behind Debian's HAProxy: round-robin, no sticky sessions, Host passed on unchanged.
 * The load balancer listens on the given port, the nodes on the next two, their data grid on the
 * port + 10 and + 11; everything on 127.0.0.1 only. Every process is ended by {@link #close()}, or
 * by the JVM's shutdown should the run be cut short. ClusterFailoverIT and the benchmark's cluster
 * scenario start it.
 */
public final class LoopbackCluster implements AutoCloseable {

    /** The response header in which the load balancer names the node that answered. */
    public static final String SERVED_BY = "X-Alliance-Node";
    private static final int NODES = 2;
    private static final Duration READY_LIMIT = Duration.ofMinutes(6);

    /**
     * The load balancer's port; an empty directory of the cluster's own (the nodes' root
     * directories, HAProxy's files); where the nodes' logs go; the runnable jar; the pre-boot
     * commands that put every listener on 127.0.0.1 (loopback.asadmin); the folder of
     * cluster.asadmin and cluster.properties; each node's heap; the variables each node starts with.
     */
    public record Options(int port, Path home, Path logs, Path runnableJar, Path loopbackPreboot, Path clusterFiles,
                          String heap, Map<String, String> environment) {
    }

    /** One Payara Micro JVM of the cluster, known to HAProxy by its name. */
    public record Node(String name, int port, Process process, Path log) {

        public void killHard() {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye to the data grid
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final Options options;
    private final Path preboot;
    private final List<Node> nodes = new ArrayList<>();
    private Process balancer;
    private final Thread cleanUp = new Thread(this::close, "cluster-clean-up");

    private LoopbackCluster(Options options) {
        this.options = options;
        this.preboot = options.home().resolve("preboot.asadmin");
    }

    /** Ready to start its nodes one by one: nothing runs yet, and whatever starts is ended at the JVM's exit. */
    public static LoopbackCluster prepared(Options options) throws IOException {
        LoopbackCluster cluster = new LoopbackCluster(options);
        Files.createDirectories(options.home());
        // the cluster's last, so that its sessions in the data grid win over a single node's memory
        Files.writeString(cluster.preboot, Files.readString(options.loopbackPreboot()) + "\n"
                + Files.readString(options.clusterFiles().resolve("cluster.asadmin")));
        Runtime.getRuntime().addShutdownHook(cluster.cleanUp);
        return cluster;
    }

    /** Starts both nodes at once, waits until each is ready, then the load balancer. */
    public static LoopbackCluster started(Options options) throws IOException {
        LoopbackCluster cluster = prepared(options);
        try {
            for (int n = 1; n <= NODES; n++) {
                cluster.startNode(n);
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
    public String url() {
        return "http://localhost:" + options.port();
    }

    /** The cluster's name in the data grid, which each node logs. */
    public String name() {
        return "alliance-" + options.port();
    }

    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    public Node node(String name) {
        return nodes.stream().filter(node -> node.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node named " + name));
    }

    public long balancerPid() {
        return balancer.pid();
    }

    private int dataGridPort(int n) {
        return options.port() + 9 + n;
    }

    /** Starts node 1 or 2 with the cluster's start options; it joins whichever other node runs. */
    public synchronized Node startNode(int n) throws IOException {
        if (n < 1 || n > NODES) {
            throw new IllegalArgumentException("node " + n + " of " + NODES);
        }
        int nodePort = options.port() + n;
        Path root = options.home().resolve("node" + n);
        Path log = options.logs().resolve("alliance-cluster-node" + n + ".log");
        String members = IntStream.rangeClosed(1, NODES).mapToObj(i -> "127.0.0.1:" + dataGridPort(i))
                .collect(Collectors.joining(","));
        List<String> command = List.of("java", "-Xmx" + options.heap(), "-Dhazelcast.socket.bind.any=false",
                "-Djava.io.tmpdir=" + root, "-jar", options.runnableJar().toString(),
                "--port", String.valueOf(nodePort), "--interfaces", "127.0.0.1",
                "--prebootcommandfile", preboot.toString(),
                "--rootdir", root.toString(), "--name", "node" + n,
                // the cluster, as the README's "A cluster of nodes" starts one on a single machine
                "--systemproperties", options.clusterFiles().resolve("cluster.properties").toString(),
                "--clustername", name(),
                "--clustermode", "tcpip:" + members,
                "--startport", String.valueOf(dataGridPort(n)),
                "--nohostaware");
        Files.createDirectories(root);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(options.environment());
        Node node = new Node("node" + n, nodePort, builder.start(), log);
        nodes.add(node);
        return node;
    }

    /** Starts HAProxy in front of both nodes, and waits until it answers through a node that is up. */
    public synchronized void startBalancer() throws IOException {
        Path config = options.home().resolve("haproxy.cfg");
        StringBuilder servers = new StringBuilder();
        for (int n = 1; n <= NODES; n++) {
            servers.append("  server node").append(n).append(" 127.0.0.1:").append(options.port() + n)
                    .append(" check inter 1s fall 3 rise 1\n");
        }
        Files.writeString(config, """
                global
                  maxconn 200
                  # the count of requests each node answered, read by requestsByNode()
                  stats socket %s mode 600 level user
                defaults
                  mode http
                  timeout connect 2s
                  timeout client 60s
                  timeout server 60s
                  # a node that refuses the connection (killed, or not started yet) is tried no more for this request
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
                %s""".formatted(statsSocket(), options.port(), SERVED_BY, servers));
        Path log = options.home().resolve("haproxy.log");
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

    private Path statsSocket() {
        return options.home().resolve("haproxy.sock");
    }

    /** Waits until the node answers ready and Payara has logged its start, the data grid joined. */
    public void awaitReady(Node node) {
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

    /** Waits until the load balancer's health check counts the node as up. */
    public void awaitBalanced(Node node) throws IOException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (stat(node.name(), "status").startsWith("UP")) {
                return;
            }
            pause();
        }
        throw new IllegalStateException("HAProxy does not count " + node.name() + " as up: " + stat(node.name(), "status"));
    }

    /** HTTP answers each node has given through the load balancer so far, by HAProxy's count. */
    public Map<String, Long> answersByNode() throws IOException {
        Map<String, Long> answers = new LinkedHashMap<>();
        for (int n = 1; n <= NODES; n++) {
            long sum = 0;
            for (String code : List.of("hrsp_1xx", "hrsp_2xx", "hrsp_3xx", "hrsp_4xx", "hrsp_5xx", "hrsp_other")) {
                String value = stat("node" + n, code);
                sum += value.isEmpty() ? 0 : Long.parseLong(value);
            }
            answers.put("node" + n, sum);
        }
        return answers;
    }

    /** One field of HAProxy's statistics ("show stat" on its socket) for one node. */
    private String stat(String node, String field) throws IOException {
        String[] lines = showStat().split("\n");
        List<String> header = Arrays.asList(lines[0].replaceFirst("^# ", "").split(",", -1));
        int column = header.indexOf(field);
        for (String line : lines) {
            String[] values = line.split(",", -1);
            if (values.length > column && values[0].equals("nodes") && values[1].equals(node)) {
                return values[column];
            }
        }
        throw new IllegalStateException("HAProxy's statistics name no " + node + " with " + field);
    }

    private String showStat() throws IOException {
        try (SocketChannel socket = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.connect(UnixDomainSocketAddress.of(statsSocket()));
            socket.write(ByteBuffer.wrap("show stat\n".getBytes(StandardCharsets.US_ASCII)));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(16384);
            while (socket.read(buffer) >= 0) {
                answer.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            return answer.toString(StandardCharsets.US_ASCII);
        }
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
