package care.alliance.benchmark;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Alliance's pages under 16 signed-in people at once, each beside the floor: a trivial Faces page
 * rendering as many bytes (an h:dataTable of rows made in memory) and a trivial JAX-RS answer of
 * that size, on the same Payara Micro in the same run. Prints a table per scenario; see the
 * README's "Benchmarks". With -Dbench.scenario=cluster it runs {@link ClusterBenchmark} instead, with
 * -Dbench.scenario=lighthouse {@link LighthouseBenchmark}.
 */
public final class Benchmark {

    /** The main scenario's clinician pages, by name: address within Alliance, given the clients. */
    private static final List<Map.Entry<String, Function<Clients, String>>> CLINICIAN_PAGES = List.of(
            Map.entry("caseload", clients -> "/clinician/caseload.xhtml"),
            Map.entry("care plan, new client", clients -> "/clinician/care-plan.xhtml?client=" + clients.fresh().clientId()),
            Map.entry("care plan, 1 year", clients -> "/clinician/care-plan.xhtml?client=" + clients.year().clientId()),
            Map.entry("care plan, 5 years", clients -> "/clinician/care-plan.xhtml?client=" + clients.five().clientId()),
            Map.entry("goal, new client", clients -> "/clinician/goal.xhtml?goal=" + clients.fresh().goalId()),
            Map.entry("goal, 1 year", clients -> "/clinician/goal.xhtml?goal=" + clients.year().goalId()),
            Map.entry("goal, 5 years", clients -> "/clinician/goal.xhtml?goal=" + clients.five().goalId()));

    /** The registry scenario's pages, as a clinician on every team opens them. */
    private static final List<Map.Entry<String, String>> REGISTRY_PAGES = List.of(
            Map.entry("registry", "/clinician/registry.xhtml"),
            Map.entry("caseload", "/clinician/caseload.xhtml"));

    private static final String PORTAL_HOME = "/portal/my-plan.xhtml";

    record Clients(Clinic.SizedClient fresh, Clinic.SizedClient year, Clinic.SizedClient five,
                   Clinic.SizedClient practice) {
    }

    private final Settings settings;
    private final StringBuilder report = new StringBuilder();
    private ServerProcess server;
    private StatementCounter statements;
    private List<Session> floorSessions;
    private int floorBaseBytes;
    private double floorBytesPerRow;

    private Benchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(settings.limit().toMillis());
                System.err.println("The benchmark ran past its limit of " + settings.limit() + "; stopping it.");
                System.exit(3);
            } catch (InterruptedException e) {
                // ended in time
            }
        }, "benchmark-limit");
        watchdog.setDaemon(true);
        watchdog.start();
        try (Servers servers = new Servers(settings)) {
            Runtime.getRuntime().addShutdownHook(new Thread(servers::close));
            if (settings.cluster()) {
                new ClusterBenchmark(settings).run(servers);
            } else if (settings.lighthouse()) {
                new LighthouseBenchmark(settings).run(servers);
            } else {
                new Benchmark(settings).run(servers);
            }
        }
        watchdog.interrupt();
    }

    private void run(Servers servers) throws Exception {
        Files.createDirectories(settings.output());
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        try (StatementCounter counter = new StatementCounter(settings.databaseProxyPort(), 5432)) {
            statements = counter;
            say("Starting Keycloak on " + settings.keycloakUrl() + " …");
            servers.startKeycloak();
            say("Starting Payara Micro with Alliance and the floor on 127.0.0.1:" + settings.port() + " …");
            servers.startPayara();
            server = new ServerProcess(servers.payaraPid());
            String readiness = servers.readiness();
            say(readiness);

            say("Generating the clinic …");
            Clinic clinic = new Clinic(settings);
            clinic.hireStaff(settings.users());
            Clients clients = new Clients(clinic.client("new", 0, "bench.client.new"),
                    clinic.client("year", 1, "bench.client.year"), clinic.client("five", 5, "bench.client.five"),
                    clinic.client("practice", 1, "bench.client.practice"));
            List<String> portalPeople = new ArrayList<>();
            for (int n = 1; n <= settings.users(); n++) {
                String username = String.format("bench.client.%02d", n);
                clinic.client(String.format("portal-%02d", n), 1, username);
                portalPeople.add(username);
            }

            say("Signing in " + settings.users() + " staff and " + settings.users() + " clients …");
            List<Session> staff = new ArrayList<>();
            for (Clinic.Staff member : clinic.staff()) {
                staff.add(Session.signedIn(member.username(), Clinic.PASSWORD, settings.appUrl() + "/clinician/caseload.xhtml"));
            }
            List<Session> portal = new ArrayList<>();
            for (String person : portalPeople) {
                portal.add(Session.signedIn(person, Clinic.PASSWORD, settings.appUrl() + PORTAL_HOME));
            }
            floorSessions = new ArrayList<>();
            for (int n = 0; n < settings.users(); n++) {
                floorSessions.add(new Session("floor-" + n));
            }
            calibrateFloor();

            List<Load.Page> pages = new ArrayList<>();
            for (Map.Entry<String, Function<Clients, String>> page : CLINICIAN_PAGES) {
                pages.add(get(page.getKey(), staff, settings.appUrl() + page.getValue().apply(clients)));
            }
            pages.add(get("portal home (client)", portal, settings.appUrl() + PORTAL_HOME));
            Load.Page checkIn = checkIn(staff, settings.appUrl() + "/clinician/goal.xhtml?goal="
                    + clients.practice().checkInGoalId());

            // The REST API: its own callers with bearer tokens and no session, as the clinic's systems call it.
            List<Session> apiCallers = new ArrayList<>();
            for (Clinic.Staff member : clinic.staff()) {
                apiCallers.add(new Session(member.username()));
            }
            Load.Page apiCarePlan = api("API: care plan JSON (a year in care)", apiCallers,
                    settings.appUrl() + "/api/v1/clients/" + clients.year().clientId() + "/care-plan");
            Load.Page apiPing = api("API: /ping (trivial JAX-RS, same token check)", apiCallers,
                    settings.appUrl() + "/api/v1/ping");

            List<Load.Page> mainPages = new ArrayList<>(pages);
            mainPages.add(checkIn);
            mainPages.add(apiCarePlan);
            Map<Load.Page, Integer> sizes = new LinkedHashMap<>();
            List<Load.Page> warmUp = new ArrayList<>();
            for (Load.Page page : mainPages) {
                sizes.put(page, bytesOf(page));
                warmUp.add(page);
                warmUp.add(page == checkIn ? floorSave(sizes.get(page)) : facesFloor(sizes.get(page)));
                warmUp.add(jaxRsFloor(sizes.get(page)));
            }
            warmUp.add(apiPing);
            say("Warming up for " + settings.warmUp().toSeconds() + " s (every page and floor in turn) …");
            Load.Result warm = Load.run(warmUp, settings.users(), settings.warmUp());
            say("  warm-up: " + warm.requests() + " requests, " + warm.errors() + " errors"
                    + (warm.firstProblem() == null ? "" : " (first: " + warm.firstProblem() + ")"));

            Table main = new Table();
            List<String> ratios = new ArrayList<>();
            for (Load.Page page : mainPages) {
                Measured measured = measureBesideFloor(main, page, sizes.get(page));
                if (page == apiCarePlan) {
                    Measured ping = measure(apiPing);
                    main.add("  floor: " + ping.page(), ping, null);
                    ratios.add(String.format(Locale.ROOT, "API care plan JSON, %d callers: %.0f req/s, p95 %.1f ms;"
                                    + " beside /api/v1/ping in the same run: %.0f req/s, p95 %.1f ms (%.2f× its throughput)",
                            settings.users(), measured.result().throughput(), measured.result().millis(95),
                            ping.result().throughput(), ping.result().millis(95),
                            measured.result().throughput() / ping.result().throughput()));
                }
            }
            long rss = server.memoryMegabytes("VmRSS");
            long hwm = server.memoryMegabytes("VmHWM");
            String memoryByArea = server.memoryByArea();

            Table registry = new Table();
            try {
                measureRegistry(clinic, staff, registry, ratios);
            } catch (RuntimeException e) {
                ratios.add("The registry scenario stopped: " + e.getMessage());
                say("The registry scenario stopped: " + e);
            }
            String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();

            report.append("## Benchmark, ").append(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME))
                    .append(settings.shortMode() ? " (SHORT MODE: for trying, not for figures)" : "").append("\n\n");
            report.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (")
                    .append(cpuModel()).append("); load average before ").append(loadBefore).append(", after ")
                    .append(loadAfter).append("\n");
            report.append("- ").append(settings.users()).append(" signed-in people at once (").append(settings.users())
                    .append(" staff of four disciplines, ").append(settings.users()).append(" clients for the portal),"
                    + " closed loop; warm-up ").append(settings.warmUp().toSeconds()).append(" s, each phase ")
                    .append(settings.phase().toSeconds()).append(" s\n");
            report.append("- Server: Payara Micro, -Xmx").append(settings.heap())
                    .append(settings.jvmOptions().stream().map(option -> " " + option).collect(Collectors.joining())).append("; resident memory after the main"
                    + " scenario ").append(rss).append(" MB (peak ").append(hwm).append(" MB), at the end ")
                    .append(server.memoryMegabytes("VmRSS")).append(" MB (peak ").append(server.memoryMegabytes("VmHWM"))
                    .append(" MB)\n");
            report.append("- The server's memory by the JVM's account after the main scenario (native memory tracking): ")
                    .append(memoryByArea).append("\n");
            report.append("- Start-up: ").append(servers.readiness()).append("\n");
            report.append("- CPU: the server process's user+system time (/proc) over the phase, per request;"
                    + " SQL: statements that reached PostgreSQL per request (BEGIN/COMMIT apart; tx = transactions)\n\n");
            report.append("### Main pages, each beside its same-size floor\n\n").append(main.markdown()).append("\n");
            report.append("### Registry scenario: 16 clinicians on every team\n\n").append(registry.markdown()).append("\n");
            ratios.forEach(line -> report.append("- ").append(line).append("\n"));
            System.out.println();
            System.out.println(report);
            Path written = settings.output().resolve("benchmark-report.md");
            Files.writeString(written, report);
            say("Written to " + written);
        }
    }

    /**
     * The registry scenario at each size: one person alone, then 16 at once, beside the trivial
     * floor page and the floor of the page's size, and the largest size's times over the first's.
     */
    private void measureRegistry(Clinic clinic, List<Session> staff, Table registry, List<String> ratios)
            throws java.sql.SQLException {
        Map<String, Measured[]> first = new LinkedHashMap<>();
        for (int size : settings.registrySizes()) {
            say("Growing the registry clinic to " + size + " clients (" + size * 24 + " measure results) …");
            clinic.growRegistry(size);
            List<Load.Page> registryPages = new ArrayList<>();
            for (Map.Entry<String, String> page : REGISTRY_PAGES) {
                registryPages.add(get(page.getKey() + ", " + size + " clients", staff, settings.appUrl() + page.getValue()));
            }
            Measured trivial = measure(facesFloor(0), settings.users());
            registry.add(trivial.page() + " (trivial), " + size + " clients in the clinic", trivial, null);
            for (Load.Page page : registryPages) {
                Measured alone = measure(page, 1);
                registry.add(page.name() + ", 1 person", alone, null);
                String kind = page.name().substring(0, page.name().indexOf(','));
                // Past this, 16 at once cannot be answered within the timeout, and the server would go on
                // working on the abandoned requests through the next phases: say so instead.
                double secondsAtOnce = alone.result().millis(50) / 1000 * settings.users()
                        / Runtime.getRuntime().availableProcessors();
                if (secondsAtOnce > Session.TIMEOUT.toSeconds()) {
                    ratios.add(String.format(Locale.ROOT, "%s: not measured with %d people at once: alone it takes %.1f s,"
                                    + " so %d at once on %d cores would take about %.0f s, past the %d s timeout",
                            page.name(), settings.users(), alone.result().millis(50) / 1000, settings.users(),
                            Runtime.getRuntime().availableProcessors(), secondsAtOnce, Session.TIMEOUT.toSeconds()));
                    Measured[] before = first.get(kind);
                    if (before != null) {
                        ratios.add(String.format(Locale.ROOT, "%s, %d× the clients: 1 person p50 %.2f×, SQL per request %.2f×",
                                kind, size / settings.registrySizes().get(0),
                                alone.result().millis(50) / before[0].result().millis(50),
                                alone.perRequest(alone.sql().statements()) / before[0].perRequest(before[0].sql().statements())));
                    }
                    continue;
                }
                Measured together = measureBesideFloor(registry, page, (int) alone.result().bytesPerRequest());
                Measured[] before = first.putIfAbsent(kind, new Measured[] {alone, together});
                if (before != null) {
                    String together16 = together.result().errors() == together.result().requests()
                            ? String.format(Locale.ROOT, "%d people: no request answered within %d s", settings.users(),
                                    Session.TIMEOUT.toSeconds())
                            : String.format(Locale.ROOT, "%d people p50 %.2f×, p95 %.2f×, CPU per request %.2f×",
                                    settings.users(), together.result().millis(50) / before[1].result().millis(50),
                                    together.result().millis(95) / before[1].result().millis(95),
                                    together.cpuPerRequest() / before[1].cpuPerRequest());
                    ratios.add(String.format(Locale.ROOT, "%s, %d× the clients: 1 person p50 %.2f×, SQL per request %.2f×; %s",
                            kind, size / settings.registrySizes().get(0),
                            alone.result().millis(50) / before[0].result().millis(50),
                            alone.perRequest(alone.sql().statements()) / before[0].perRequest(before[0].sql().statements()),
                            together16));
                }
            }
        }
    }

    /** Waits, for at most five minutes, until the server answers a trivial page within a second again. */
    private void settle() {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            try {
                if (floorSessions.get(0).get(settings.floorUrl() + "/rows.xhtml?rows=0").statusCode() == 200
                        && System.nanoTime() - start < Duration.ofSeconds(1).toNanos()) {
                    return;
                }
            } catch (RuntimeException e) {
                // still busy with the requests that timed out
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A measured phase of one page, then of the Faces floor and the JAX-RS floor of the size it had. */
    private Measured measureBesideFloor(Table table, Load.Page page, int bytesBefore) {
        Measured measured = measure(page);
        // the size it had while measured: a goal page grows with each check-in saved on it
        int bytes = measured.result().bytesPerRequest() > 0 ? (int) measured.result().bytesPerRequest() : bytesBefore;
        boolean isSave = page.name().startsWith("save");
        Measured faces = measure(isSave ? floorSave(bytes) : facesFloor(bytes));
        Measured jaxRs = measure(jaxRsFloor(bytes));
        table.add(page.name(), measured, faces);
        table.add("  floor: " + faces.page(), faces, null);
        table.add("  floor: " + jaxRs.page(), jaxRs, null);
        return measured;
    }

    private Measured measure(Load.Page page) {
        return measure(page, settings.users());
    }

    private Measured measure(Load.Page page, int people) {
        say("Measuring " + page.name() + " for " + settings.phase().toSeconds() + " s, " + people + " at once …");
        long cpu = server.cpuMillis();
        StatementCounter.Count before = statements.count();
        Load.Result result = Load.run(List.of(page), people, settings.phase());
        StatementCounter.Count sql = statements.count().since(before);
        Measured measured = new Measured(page.name(), result, server.cpuMillis() - cpu, sql);
        if (result.errors() > 0) {
            say("  " + result.errors() + " errors, first: " + result.firstProblem());
            settle();
        }
        return measured;
    }

    record Measured(String page, Load.Result result, long cpuMillis, StatementCounter.Count sql) {
        double cpuPerRequest() {
            return (double) cpuMillis / Math.max(1, result.requests());
        }

        double perRequest(long count) {
            return (double) count / Math.max(1, result.requests());
        }
    }

    /** Rows of a Markdown table; an Alliance page's row carries its ratios to its floor. */
    private static final class Table {
        private final StringBuilder rows = new StringBuilder();

        /** Adds the row and prints it at once, so that a run stopped early still leaves its figures. */
        void add(String name, Measured measured, Measured floor) {
            Load.Result result = measured.result();
            String row = String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.1f | %.2f | %.1f | %.1f | %.1f | %d | %s | %s |%n",
                    name, result.bytesPerRequest(), result.throughput(), result.millis(50), result.millis(95),
                    result.millis(99), measured.cpuPerRequest(), measured.perRequest(measured.sql().statements()),
                    measured.perRequest(measured.sql().writes()), measured.perRequest(measured.sql().transactions()),
                    result.errors(),
                    floor == null ? "" : String.format(Locale.ROOT, "%.2f×", measured.cpuPerRequest() / floor.cpuPerRequest()),
                    floor == null ? "" : String.format(Locale.ROOT, "%.2f×", result.millis(95) / floor.result().millis(95)));
            rows.append(row);
            say("  " + row.strip());
        }

        String markdown() {
            return "| page | bytes | req/s | p50 ms | p95 ms | p99 ms | CPU ms/req | SQL/req | writes/req | tx/req | errors"
                    + " | CPU × floor | p95 × floor |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n" + rows;
        }
    }

    static Load.Page get(String name, List<Session> sessions, String url) {
        return new Load.Page(name, sessions, session -> {
            HttpResponse<String> answer = session.get(url);
            return Load.Answer.of(answer, 200);
        });
    }

    private Load.Page api(String name, List<Session> callers, String url) {
        String tokenEndpoint = settings.keycloakUrl() + "/realms/alliance/protocol/openid-connect/token";
        return new Load.Page(name, callers,
                session -> Load.Answer.of(session.getWithToken(url, tokenEndpoint, Clinic.PASSWORD), 200));
    }

    /** Opens the goal page and saves a progress check-in through its form, as a person does. */
    static Load.Page checkIn(List<Session> staff, String goalUrl) {
        return new Load.Page("save a progress check-in (GET the goal + POST)", staff, session -> {
            HttpResponse<String> page = session.get(goalUrl);
            if (page.statusCode() != 200) {
                return Load.Answer.of(page, 200);
            }
            HttpResponse<String> saved = Form.on(page, "check-in")
                    .set("rating", String.valueOf(ThreadLocalRandom.current().nextInt(11)))
                    .set("note", "Walked twice this week")
                    .submit(session, "save");
            Load.Answer answer = Load.Answer.of(saved, 302);
            return new Load.Answer(answer.ok(), page.body().length(), answer.problem());
        });
    }

    /** Rows of the floor page that render about this many bytes. */
    private int floorRows(int bytes) {
        return (int) Math.max(0, Math.round((bytes - floorBaseBytes) / floorBytesPerRow));
    }

    private void calibrateFloor() {
        Session session = floorSessions.get(0);
        floorBaseBytes = session.get(settings.floorUrl() + "/rows.xhtml?rows=0").body().length();
        int hundred = session.get(settings.floorUrl() + "/rows.xhtml?rows=100").body().length();
        floorBytesPerRow = (hundred - floorBaseBytes) / 100.0;
    }

    private Load.Page facesFloor(int bytes) {
        int rows = floorRows(bytes);
        return get("Faces h:dataTable, " + rows + " rows", floorSessions, settings.floorUrl() + "/rows.xhtml?rows=" + rows);
    }

    private Load.Page jaxRsFloor(int bytes) {
        return get("JAX-RS, " + bytes + " bytes", floorSessions, settings.floorUrl() + "/api/text?bytes=" + bytes);
    }

    private Load.Page floorSave(int bytes) {
        int rows = floorRows(bytes);
        String url = settings.floorUrl() + "/rows.xhtml?rows=" + rows;
        return new Load.Page("Faces postback, " + rows + " rows (GET + POST)", floorSessions, session -> {
            HttpResponse<String> page = session.get(url);
            if (page.statusCode() != 200) {
                return Load.Answer.of(page, 200);
            }
            Load.Answer answer = Load.Answer.of(Form.on(page, "floor").set("note", "Walked twice").submit(session, "save"), 302);
            return new Load.Answer(answer.ok(), page.body().length(), answer.problem());
        });
    }

    private static int bytesOf(Load.Page page) {
        Load.Answer answer = page.visit().visit(page.sessions().get(0));
        if (!answer.ok()) {
            throw new IllegalStateException(page.name() + " does not open: " + answer.problem());
        }
        return answer.bytes();
    }

    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (java.io.IOException e) {
            return "unknown CPU";
        }
    }

    static void say(String line) {
        System.out.println("[benchmark] " + line);
    }
}
