package care.alliance.benchmark;

import static care.alliance.benchmark.Benchmark.say;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Issue 12's Lighthouse aim (-Dbench.scenario=lighthouse): the performance score of the caseload,
 * a care plan and the portal home, each with Lighthouse's desktop preset and its default (a
 * mid-range phone on a slow 4G network, simulated), as the demo clinic's therapist and client
 * see them. Lighthouse drives Debian's Chromium, never a browser of its own; it is handed a session
 * signed in by {@link Session} through Keycloak's login form, as the Cookie header of every
 * request (Lighthouse's --extra-headers, its documented way for pages behind a sign-in). No load
 * runs: each page is first asked for a few times, so that Lighthouse measures the page and not the
 * server's compiler, then audited once per preset.
 */
final class LighthouseBenchmark {

    /** The demo logins' password (README, "Demo logins"). */
    private static final String DEMO_PASSWORD = "alliance";
    private static final String NODE = "/usr/bin/node";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync");
    /** One audit takes 20–40 s here; past this one has hung, and the run goes on without it. */
    private static final Duration RUN_LIMIT = Duration.ofMinutes(3);
    private static final int WARM_UP_REQUESTS = 30;
    private static final List<String> PRESETS = List.of("desktop", "mobile");

    /** A page as one demo person opens it. */
    private record Page(String name, Session person, String path) {
    }

    private record Score(Page page, String preset, double performance, double fcpMillis, double lcpMillis,
                         double tbtMillis, double cls, Path report) {
    }

    private final Settings settings;
    private final Path reports;
    private final ObjectMapper json = new ObjectMapper();

    LighthouseBenchmark(Settings settings) {
        this.settings = settings;
        this.reports = settings.output().resolve("lighthouse");
    }

    void run(Servers servers) throws Exception {
        Servers.deleteTree(reports);
        Files.createDirectories(reports);
        // Alliance reaches its database through the proxy's port, as in the other scenarios.
        try (StatementCounter ignored = new StatementCounter(settings.databaseProxyPort(), 5432)) {
            say("Starting Keycloak on " + settings.keycloakUrl() + " …");
            servers.startKeycloak();
            say("Starting Payara Micro with Alliance on 127.0.0.1:" + settings.port() + " …");
            servers.startPayara();
            say(servers.readiness());

            Session therapist = Session.signedIn("sam.rivera", DEMO_PASSWORD, settings.appUrl() + "/clinician/caseload.xhtml");
            Session client = Session.signedIn("alex.morgan", DEMO_PASSWORD, settings.appUrl() + "/portal/my-plan.xhtml");
            List<Page> pages = List.of(
                    new Page("caseload (sam.rivera)", therapist, "/clinician/caseload.xhtml"),
                    new Page("care plan of Alex Morgan (sam.rivera)", therapist, carePlanOf("Alex Morgan", therapist)),
                    new Page("portal home (alex.morgan)", client, "/portal/my-plan.xhtml"));

            List<Score> scores = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (Page page : pages) {
                warmUp(page);
                for (String preset : PRESETS) {
                    try {
                        scores.add(audit(page, preset));
                    } catch (IllegalStateException e) {
                        failures.add(page.name() + ", " + preset + ": " + e.getMessage());
                        say(page.name() + ", " + preset + ": " + e.getMessage());
                    }
                }
            }
            String report = report(scores, failures);
            System.out.println();
            System.out.println(report);
            Path written = settings.output().resolve("lighthouse-report.md");
            Files.writeString(written, report);
            say("Written to " + written + "; Lighthouse's own reports in " + reports);
            if (!failures.isEmpty()) {
                throw new IllegalStateException(failures.size() + " Lighthouse runs gave no score; see above");
            }
        }
    }

    /** The address of a client's care plan, from the link on the therapist's caseload, as a person finds it. */
    private String carePlanOf(String clientName, Session therapist) {
        String caseload = therapist.get(settings.appUrl() + "/clinician/caseload.xhtml").body();
        for (Element row : Jsoup.parse(caseload).select("tr")) {
            Element name = row.selectFirst("a.client-link");
            Element plan = row.selectFirst("a.open-plan");
            if (name != null && plan != null && name.text().equals(clientName)) {
                String href = plan.attr("href");
                return href.substring(href.indexOf("/clinician/"));
            }
        }
        throw new IllegalStateException(clientName + " is not on " + therapist.username + "'s caseload");
    }

    private void warmUp(Page page) {
        say("Warming up " + page.name() + " (" + WARM_UP_REQUESTS + " requests) …");
        for (int n = 0; n < WARM_UP_REQUESTS; n++) {
            int status = page.person().get(settings.appUrl() + page.path()).statusCode();
            if (status != 200) {
                throw new IllegalStateException(page.name() + " answered " + status);
            }
        }
    }

    private Score audit(Page page, String preset) throws IOException, InterruptedException {
        String name = (page.path().replaceAll("\\?.*", "").replaceAll("\\W+", "-") + "-" + preset).replaceAll("^-", "");
        Path report = reports.resolve(name + ".report.json");
        Path headers = reports.resolve(name + ".headers.json");
        // A fresh browser each run, its profile and scratch files deleted after it; in /tmp, since
        // Chromium's socket in its scratch folder must have a path of at most 108 bytes.
        Path browser = Files.createTempDirectory(Path.of("/tmp"), "alliance-lighthouse-");
        Path log = reports.resolve(name + ".log");
        // Only Alliance's session: the Keycloak cookies the same Session holds are not Alliance's to see.
        Files.writeString(headers, json.writeValueAsString(Map.of("Cookie", "JSESSIONID=" + page.person().cookie("JSESSIONID"))));
        // Loopback only: the address Payara listens on, not a name to resolve.
        String url = "http://127.0.0.1:" + settings.port() + URI.create(settings.appUrl()).getPath() + page.path();

        List<String> command = new ArrayList<>(List.of(NODE, settings.lighthouseCli().toString(), url,
                "--only-categories=performance", "--output=json", "--output-path=" + report,
                "--extra-headers=" + headers, "--no-enable-error-reporting", "--quiet",
                "--chrome-flags=" + String.join(" ", CHROMIUM_FLAGS) + " --user-data-dir=" + browser.resolve("profile")));
        if (!preset.equals("mobile")) {
            command.add("--preset=" + preset);
        }
        ProcessBuilder lighthouse = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        lighthouse.environment().put("CHROME_PATH", CHROMIUM);
        // chrome-launcher's and Chromium's own scratch files, in the browser's folder to go with it
        lighthouse.environment().put("TMPDIR", Files.createDirectories(browser.resolve("tmp")).toString());
        say("Lighthouse, " + preset + ": " + page.name() + " …");
        Process process = lighthouse.start();
        try {
            if (!process.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("no answer within " + RUN_LIMIT.toSeconds() + " s; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Lighthouse exited with " + process.exitValue() + "; see " + log);
            }
        } finally {
            // Lighthouse and the Chromium it started gone, however the run ended, before their folder is deleted
            Servers.stopWithWhatItStarted(process, Duration.ofSeconds(10));
            Files.deleteIfExists(headers);
            Servers.deleteTree(browser);
        }
        return score(page, preset, url, report);
    }

    private Score score(Page page, String preset, String url, Path report) throws IOException {
        JsonNode result = json.readTree(report.toFile());
        if (result.has("runtimeError")) {
            throw new IllegalStateException(result.path("runtimeError").path("message").asText());
        }
        String landed = result.path("finalDisplayedUrl").asText();
        // A session Alliance did not take would have audited Keycloak's login form instead.
        if (!landed.equals(url)) {
            throw new IllegalStateException("audited " + landed + " instead of " + url);
        }
        JsonNode audits = result.path("audits");
        JsonNode performance = result.path("categories").path("performance").path("score");
        if (!performance.isNumber()) {
            throw new IllegalStateException("no performance score; see " + report);
        }
        return new Score(page, preset, performance.asDouble(),
                audits.path("first-contentful-paint").path("numericValue").asDouble(),
                audits.path("largest-contentful-paint").path("numericValue").asDouble(),
                audits.path("total-blocking-time").path("numericValue").asDouble(),
                audits.path("cumulative-layout-shift").path("numericValue").asDouble(), report);
    }

    private String report(List<Score> scores, List<String> failures) throws IOException {
        StringBuilder report = new StringBuilder("## Lighthouse, ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME)).append("\n\n")
                .append("- Lighthouse ").append(lighthouseVersion()).append(", performance only; ")
                .append(chromiumVersion()).append(", headless; ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores (").append(Benchmark.cpuModel()).append("), load average ")
                .append(Files.readString(Path.of("/proc/loadavg")).strip()).append("\n")
                .append("- desktop: --preset=desktop; mobile: Lighthouse's default (simulated slow 4G, 4× CPU slowdown)\n\n")
                .append("| page | preset | performance | FCP ms | LCP ms | TBT ms | CLS |\n|---|---|---:|---:|---:|---:|---:|\n");
        for (Score score : scores) {
            report.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.0f | %.0f | %.0f | %.3f |%n", score.page().name(),
                    score.preset(), score.performance(), score.fcpMillis(), score.lcpMillis(), score.tbtMillis(), score.cls()));
        }
        failures.forEach(failure -> report.append("\n- no score: ").append(failure));
        return report.append("\n").toString();
    }

    private String lighthouseVersion() throws IOException {
        Path manifest = settings.lighthouseCli().getParent().getParent().resolve("package.json");
        return json.readTree(manifest.toFile()).path("version").asText("?");
    }

    private static String chromiumVersion() {
        try {
            Process version = new ProcessBuilder(CHROMIUM, "--version").redirectErrorStream(true).start();
            if (!version.waitFor(30, TimeUnit.SECONDS)) {
                version.destroyForcibly();
                return "Chromium";
            }
            // Debian's wrapper script may print a complaint of its own beside the version
            return new String(version.getInputStream().readAllBytes()).lines()
                    .filter(line -> line.startsWith("Chromium")).findFirst().orElse("Chromium");
        } catch (IOException e) {
            return "Chromium";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Chromium";
        }
    }
}
