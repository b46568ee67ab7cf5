package care.alliance.benchmark;

import static care.alliance.benchmark.Benchmark.say;

import care.alliance.cluster.LoopbackCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 13's scenario (-Dbench.scenario=cluster): one mixed signed-in workload, staff of the four
 * disciplines each opening in turn the caseload, the care plan and a goal of a client a year in
 * care and saving a progress check-in, first against one node directly, then against two clustered
 * nodes behind HAProxy (round-robin, no sticky sessions), and the ratio of their throughput. Every
 * node is the runnable jar with the cluster's start options, started by {@link LoopbackCluster} as
 * ClusterFailoverIT starts it: in the first phase node 1 runs alone, a cluster of one, whose
 * sessions go to its own data grid with no backup anywhere else; node 2 joins it for the second.
 * Besides throughput and latency it prints where the machine's CPU time went in each phase, so that
 * a ratio short of the aim says what limits it.
 */
final class ClusterBenchmark {

    private static final double AIM = 1.7;

    private final Settings settings;
    private final int cores = Runtime.getRuntime().availableProcessors();

    ClusterBenchmark(Settings settings) {
        this.settings = settings;
    }

    /** One measured phase: the load's result, and where the machine's CPU time went meanwhile. */
    private record Phase(String name, Load.Result result, Map<String, Long> nodeCpuMillis, long balancerCpuMillis,
                         long driverCpuMillis, long databaseCpuMillis, long keycloakCpuMillis,
                         ServerProcess.MachineCpu machine, StatementCounter.Count sql,
                         Map<String, Long> answers, Map<String, String> memory, String loadAverage) {

        double perRequest(double millis) {
            return millis / Math.max(1, result.requests());
        }

        long nodesCpuMillis() {
            return nodeCpuMillis.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Cores kept busy on average over the phase. */
        double cores(long millis) {
            return millis / (result.seconds() * 1000);
        }

        long restMillis() {
            return machine.busyMillis() - nodesCpuMillis() - balancerCpuMillis - driverCpuMillis - databaseCpuMillis
                    - keycloakCpuMillis;
        }

        /** What the run itself used: the machine's busy time but other work's. */
        long ownMillis() {
            return machine.busyMillis() - restMillis();
        }

        double busyShare() {
            return (double) machine.busyMillis() / Math.max(1, machine.allMillis());
        }
    }

    void run(Servers servers) throws Exception {
        Files.createDirectories(settings.output());
        String loadBefore = loadAverage();
        try (StatementCounter statements = new StatementCounter(settings.databaseProxyPort(), 5432)) {
            say("Starting Keycloak on " + settings.keycloakUrl() + " …");
            servers.startKeycloak();
            Path home = settings.output().resolve("cluster");
            // an earlier run's root directories would deploy its WAR once more before this one
            Servers.deleteTree(home);
            Map<String, String> environment = new HashMap<>(servers.allianceEnvironment());
            // HAProxy adds X-Forwarded-For; the sign-in's return address comes from the Host it keeps
            environment.put("ALLIANCE_TRUSTED_PROXIES", "127.0.0.1");
            try (LoopbackCluster cluster = LoopbackCluster.prepared(new LoopbackCluster.Options(settings.port(), home,
                    settings.output(), settings.runnableJar(), settings.payaraPreboot(), settings.clusterFiles(),
                    settings.heap(), environment))) {
                say("Starting node 1 alone on 127.0.0.1:" + (settings.port() + 1) + " with the cluster's start options …");
                Duration oneReady = startedAndReady(cluster, 1);
                LoopbackCluster.Node one = cluster.node("node1");
                cluster.startBalancer();

                say("Generating the clinic …");
                Clinic clinic = new Clinic(settings);
                clinic.hireStaff(settings.users());
                Clinic.SizedClient year = clinic.client("year", 1, "bench.client.year");
                // each phase saves its check-ins on a goal of its own, so that both start with a goal page of one size
                Clinic.SizedClient practiceOne = clinic.client("practice-one", 1, "bench.client.practice1");
                Clinic.SizedClient practiceTwo = clinic.client("practice-two", 1, "bench.client.practice2");
                say("Signing in " + settings.users() + " staff through the load balancer …");
                List<Session> staff = new ArrayList<>();
                for (Clinic.Staff member : clinic.staff()) {
                    staff.add(Session.signedIn(member.username(), Clinic.PASSWORD, cluster.url() + "/clinician/caseload.xhtml"));
                }

                Phase single = measure("one node (node 1 directly)", cluster, servers, statements,
                        workload("http://localhost:" + one.port(), staff, year, practiceOne));

                say("Starting node 2, which joins node 1's data grid …");
                Duration twoReady = startedAndReady(cluster, 2);
                LoopbackCluster.Node two = cluster.node("node2");
                cluster.awaitBalanced(two);
                boolean joined = Files.readString(two.log()).contains("DG Size: 2");
                if (!joined) {
                    throw new IllegalStateException("node 2 did not join node 1's data grid; see " + two.log());
                }
                Phase pair = measure("two nodes behind HAProxy", cluster, servers, statements,
                        workload(cluster.url(), staff, year, practiceTwo));

                String report = report(single, pair, loadBefore, oneReady, twoReady);
                System.out.println();
                System.out.println(report);
                Path written = settings.output().resolve("cluster-benchmark-report.md");
                Files.writeString(written, report);
                say("Written to " + written);
            }
        }
    }

    /** Starts the node and waits until it is ready; returns how long that took. */
    private static Duration startedAndReady(LoopbackCluster cluster, int n) throws java.io.IOException {
        Instant start = Instant.now();
        LoopbackCluster.Node node = cluster.startNode(n);
        cluster.awaitReady(node);
        Duration took = Duration.between(start, Instant.now());
        say("  " + node.name() + " ready " + seconds(took) + " after its start");
        return took;
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** The mixed workload at one address: each person in turn opens each page, and saves a check-in. */
    private static List<Load.Page> workload(String base, List<Session> staff, Clinic.SizedClient year,
                                            Clinic.SizedClient practice) {
        return List.of(
                Benchmark.get("caseload", staff, base + "/clinician/caseload.xhtml"),
                Benchmark.get("care plan, 1 year", staff, base + "/clinician/care-plan.xhtml?client=" + year.clientId()),
                Benchmark.get("goal, 1 year", staff, base + "/clinician/goal.xhtml?goal=" + year.goalId()),
                Benchmark.checkIn(staff, base + "/clinician/goal.xhtml?goal=" + practice.checkInGoalId()));
    }

    /** Warms the workload up, then measures it, reading every process's CPU time before and after. */
    private Phase measure(String name, LoopbackCluster cluster, Servers servers, StatementCounter statements,
                          List<Load.Page> workload)
            throws java.io.IOException {
        say("Warming up " + name + " for " + settings.warmUp().toSeconds() + " s …");
        Load.Result warm = Load.run(workload, settings.users(), settings.warmUp());
        say("  warm-up: " + warm.requests() + " requests, " + warm.errors() + " errors"
                + (warm.firstProblem() == null ? "" : " (first: " + warm.firstProblem() + ")"));
        say("Measuring " + name + " for " + settings.phase().toSeconds() + " s, " + settings.users() + " at once …");
        Map<String, ServerProcess> nodes = new LinkedHashMap<>();
        cluster.nodes().forEach(node -> nodes.put(node.name(), new ServerProcess(node.process().pid())));
        ServerProcess balancer = new ServerProcess(cluster.balancerPid());
        ServerProcess driver = new ServerProcess(ProcessHandle.current().pid());

        Map<String, Long> cpuBefore = new LinkedHashMap<>();
        nodes.forEach((node, process) -> cpuBefore.put(node, process.cpuMillis()));
        long balancerBefore = balancer.cpuMillis();
        long driverBefore = driver.cpuMillis();
        Map<Long, Long> databaseBefore = ServerProcess.databaseBackends(settings.database());
        long keycloakBefore = servers.keycloakCpuMillis();
        Map<String, Long> answersBefore = cluster.answersByNode();
        StatementCounter.Count sqlBefore = statements.count();
        ServerProcess.MachineCpu machineBefore = ServerProcess.MachineCpu.now();

        Load.Result result = Load.run(workload, settings.users(), settings.phase());

        ServerProcess.MachineCpu machine = ServerProcess.MachineCpu.now().since(machineBefore);
        StatementCounter.Count sql = statements.count().since(sqlBefore);
        Map<String, Long> cpu = new LinkedHashMap<>();
        Map<String, String> memory = new LinkedHashMap<>();
        nodes.forEach((node, process) -> {
            cpu.put(node, process.cpuMillis() - cpuBefore.get(node));
            memory.put(node, process.memoryMegabytes("VmRSS") + " (" + process.memoryMegabytes("VmHWM") + ")");
        });
        Map<String, Long> answers = new LinkedHashMap<>();
        cluster.answersByNode().forEach((node, count) -> answers.put(node, count - answersBefore.get(node)));
        Phase phase = new Phase(name, result, cpu, balancer.cpuMillis() - balancerBefore,
                driver.cpuMillis() - driverBefore,
                ServerProcess.databaseCpuMillis(databaseBefore, ServerProcess.databaseBackends(settings.database())),
                servers.keycloakCpuMillis() - keycloakBefore, machine, sql, answers, memory, loadAverage());
        say(String.format(Locale.ROOT, "  %.1f req/s, p95 %.1f ms, %d errors%s; machine %.0f %% busy",
                result.throughput(), result.millis(95), result.errors(),
                result.firstProblem() == null ? "" : " (first: " + result.firstProblem() + ")", 100 * phase.busyShare()));
        return phase;
    }

    private String report(Phase single, Phase pair, String loadBefore, Duration oneReady, Duration twoReady) {
        StringBuilder report = new StringBuilder();
        report.append("## Cluster benchmark, ").append(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME))
                .append(settings.shortMode() ? " (SHORT MODE: for trying, not for figures)" : "").append("\n\n");
        report.append("- Machine: ").append(cores).append(" cores (").append(Benchmark.cpuModel())
                .append("); load average before ").append(loadBefore).append(", after ").append(loadAverage()).append("\n");
        report.append("- Workload: ").append(settings.users()).append(" signed-in staff of four disciplines at once,"
                + " closed loop, each in turn opening the caseload, the care plan and a goal of a client a year in"
                + " care, and saving a progress check-in (GET the goal + POST, one request); warm-up ")
                .append(settings.warmUp().toSeconds()).append(" s before each phase, each phase ")
                .append(settings.phase().toSeconds()).append(" s\n");
        report.append("- Nodes: the runnable jar, -Xmx").append(settings.heap()).append(" each, with the cluster's start"
                + " options (cluster.properties, cluster.asadmin: the session in the data grid, saved whole after every"
                + " request). One node: node 1 alone, a cluster of one, its sessions in its own data grid with no"
                + " backup elsewhere, asked directly. Two nodes: node 2 joined (DG Size: 2), HAProxy round-robin"
                + " without sticky sessions. Node 1 was ready ").append(seconds(oneReady)).append(" after its start, node 2 ")
                .append(seconds(twoReady)).append("\n");
        report.append("- CPU: each process's user+system time (/proc) over the phase, per request and as cores kept busy;"
                + " PostgreSQL: the backends serving the benchmark's database; the machine's from /proc/stat (all"
                + " cores); other work: the machine's busy time but all of these, that is what else ran on the"
                + " shared machine\n\n");
        report.append("| phase | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/req | nodes' CPU ms/req"
                + " | machine CPU ms/req | machine busy | load average after |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Phase phase : List.of(single, pair)) {
            Load.Result result = phase.result();
            report.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %d | %.1f | %.1f | %.1f | %.0f %% | %s |%n",
                    phase.name(), result.throughput(), result.millis(50), result.millis(95), result.millis(99),
                    result.errors(), phase.perRequest(phase.sql().statements()), phase.perRequest(phase.nodesCpuMillis()),
                    phase.perRequest(phase.machine().busyMillis()), 100 * phase.busyShare(), phase.loadAverage()));
        }
        report.append("\n| phase | process | CPU ms/req | cores busy | HTTP answers via HAProxy | resident MB (peak) |\n"
                + "|---|---|---:|---:|---:|---:|\n");
        for (Phase phase : List.of(single, pair)) {
            long answered = phase.answers().values().stream().mapToLong(Long::longValue).sum();
            phase.nodeCpuMillis().forEach((node, millis) -> report.append(String.format(Locale.ROOT,
                    "| %s | %s | %.1f | %.2f | %s | %s |%n", phase.name(), node, phase.perRequest(millis),
                    phase.cores(millis), answered == 0 ? "none (asked directly)" : String.format(Locale.ROOT, "%d (%.0f %%)",
                            phase.answers().get(node), 100.0 * phase.answers().get(node) / answered),
                    phase.memory().get(node))));
            for (Map.Entry<String, Long> other : List.of(Map.entry("HAProxy", phase.balancerCpuMillis()),
                    Map.entry("PostgreSQL", phase.databaseCpuMillis()), Map.entry("Keycloak", phase.keycloakCpuMillis()),
                    Map.entry("load driver", phase.driverCpuMillis()), Map.entry("other work", phase.restMillis()))) {
                report.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.2f | | |%n", phase.name(), other.getKey(),
                        phase.perRequest(other.getValue()), phase.cores(other.getValue())));
            }
        }
        report.append("\n");
        findings(single, pair).forEach(line -> report.append("- ").append(line).append("\n"));
        return report.toString();
    }

    /** The ratio, and what limits it where it falls short of the aim, in the run's own figures. */
    private List<String> findings(Phase single, Phase pair) {
        double ratio = pair.result().throughput() / single.result().throughput();
        double nodesOne = single.perRequest(single.nodesCpuMillis());
        double nodesTwo = pair.perRequest(pair.nodesCpuMillis());
        double ownTwo = pair.perRequest(pair.ownMillis());
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Throughput, two nodes / one node: %.2f× (%.1f against %.1f req/s; aim %.1f×)",
                ratio, pair.result().throughput(), single.result().throughput(), AIM));
        lines.add(String.format(Locale.ROOT, "The session in the data grid, replicated: the nodes spend %.1f ms of CPU a"
                        + " request as two against %.1f ms as one (%+.0f %%); without stickiness every request may come to"
                        + " the node that did not answer the last, which reads the session from the grid, and each saves"
                        + " it whole to its owner and its backup on the other node",
                nodesTwo, nodesOne, 100 * (nodesTwo / nodesOne - 1)));
        // the machine is shared: what else ran differs from phase to phase, and the ratio with it
        lines.add(String.format(Locale.ROOT, "Other work on the machine took %.2f of its %d cores during one node's phase"
                        + " and %.2f during two nodes' (load average %s, then %s), so the run itself had %.2f cores,"
                        + " then %.2f. Per CPU second of its own, two nodes answered %.2f× what one did (%.1f against %.1f"
                        + " ms of the run's CPU a request)",
                single.cores(single.restMillis()), cores, pair.cores(pair.restMillis()), single.loadAverage(),
                pair.loadAverage(), single.cores(single.ownMillis()), pair.cores(pair.ownMillis()),
                single.perRequest(single.ownMillis()) / ownTwo, ownTwo, single.perRequest(single.ownMillis())));
        if (ratio >= AIM) {
            lines.add("The aim is met on this machine.");
            return lines;
        }
        if (single.busyShare() >= 0.85) {
            lines.add(String.format(Locale.ROOT, "What limits it: the cores. With one node the machine's %d cores were"
                            + " already %.0f %% busy (node 1 %.2f cores, PostgreSQL %.2f, the load driver %.2f, other work"
                            + " on the machine %.2f), so the second"
                            + " node could only take its time from the first; with two the machine was %.0f %% busy. At the"
                            + " two nodes' own cost of %.1f ms of CPU a request (nodes, HAProxy, PostgreSQL, Keycloak, load"
                            + " driver), the %d cores with nothing else on them give at most %.0f req/s (%.2f× the one node)",
                    cores, 100 * single.busyShare(), single.cores(single.nodesCpuMillis()),
                    single.cores(single.databaseCpuMillis()), single.cores(single.driverCpuMillis()),
                    single.cores(single.restMillis()), 100 * pair.busyShare(),
                    ownTwo, cores, cores * 1000 / ownTwo, cores * 1000 / ownTwo / single.result().throughput()));
        } else {
            lines.add(String.format(Locale.ROOT, "Not the cores alone: with one node the machine was %.0f %% busy, with two"
                    + " %.0f %%; %d people at once in a closed loop wait on each answer (p50 %.1f ms with two nodes)",
                    100 * single.busyShare(), 100 * pair.busyShare(), settings.users(), pair.result().millis(50)));
        }
        lines.add(String.format(Locale.ROOT, "Where cores allow (an estimate from these figures, not a measurement): with"
                        + " a node's CPU the only limit and cores enough for both, two nodes could give up to %.2f× one"
                        + " node (2 × %.1f / %.1f ms a request)", 2 * nodesOne / nodesTwo, nodesOne, nodesTwo));
        return lines;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
