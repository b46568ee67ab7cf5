package care.alliance.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The benchmark's settings, from the build (benchmarks/pom.xml) or -D on the command line. */
record Settings(boolean shortMode, String scenario, int port, int keycloakPort, String database, int databaseProxyPort, String heap,
                int users, Duration warmUp, Duration phase, List<Integer> registrySizes, Duration limit, Path output,
                Path allianceWar, Path floorWar, Path payaraMicro, Path payaraPreboot, Path keycloakHome, Path realm,
                Path demo, Path runnableJar, Path clusterFiles, boolean flightRecording, Path lighthouseCli,
                List<String> jvmOptions) {

    static Settings fromSystemProperties() {
        boolean quick = "short".equals(System.getProperty("bench.mode", "full"));
        String scenario = System.getProperty("bench.scenario", "").strip();
        boolean cluster = "cluster".equals(scenario);
        return new Settings(quick, scenario,
                Integer.getInteger("bench.port", 48080),
                Integer.getInteger("bench.keycloak.port", 48180),
                System.getProperty("bench.database", "alliance_bench"),
                Integer.getInteger("bench.database.proxy.port", 48432),
                System.getProperty("bench.heap", "768m"),
                Integer.getInteger("bench.users", 16),
                Duration.ofSeconds(seconds("bench.warmup.seconds", quick ? 15 : 60)),
                // the cluster scenario's ratio rests on two phases only: longer ones, to steady it on a shared machine
                Duration.ofSeconds(seconds("bench.phase.seconds", quick ? 4 : cluster ? 60 : 20)),
                Arrays.stream(System.getProperty("bench.registry.sizes", "1000,10000").split(","))
                        .map(String::strip).filter(size -> !size.isEmpty()).map(Integer::valueOf).toList(),
                Duration.ofMinutes(Long.getLong("bench.limit.minutes", 45)),
                path("bench.output"), path("bench.alliance.war"), path("bench.floor.war"), path("bench.payara.micro"),
                path("bench.payara.preboot"), path("bench.keycloak.home"), path("bench.realm"), path("bench.demo"),
                path("bench.runnable.jar"), path("bench.cluster.settings"), Boolean.getBoolean("bench.flight.recording"),
                path("bench.lighthouse"),
                Arrays.stream(System.getProperty("bench.jvm.options", "").split("\\s+")).filter(option -> !option.isEmpty()).toList());
    }

    /** Issue 13's one node against two. */
    boolean cluster() {
        return "cluster".equals(scenario);
    }

    /** Issue 12's Lighthouse scores of the main pages. */
    boolean lighthouse() {
        return "lighthouse".equals(scenario);
    }

    /** Empty in the build means "as the mode says". */
    private static long seconds(String name, long otherwise) {
        String value = System.getProperty(name, "");
        return value.isBlank() ? otherwise : Long.parseLong(value.strip());
    }

    private static Path path(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Set -D" + name + " (benchmarks/pom.xml does)");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }

    String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    /**
     * Alliance as a browser reaches it: the realm's redirect addresses name localhost. In the
     * cluster scenario, the load balancer in front of the runnable jar, which serves Alliance at /.
     */
    String appUrl() {
        return cluster() ? "http://localhost:" + port : "http://localhost:" + port + "/alliance";
    }

    String floorUrl() {
        return "http://localhost:" + port + "/floor";
    }

    String databaseUrl() {
        return "jdbc:postgresql://127.0.0.1:5432/" + database + "?sslmode=disable";
    }
}
