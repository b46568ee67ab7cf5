package care.alliance.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, at the version package-lock.json pins, run inside the page the browser shows against
 * the WCAG 2.1 level A and AA rules. Only serious and critical violations count: those stop
 * someone using a screen reader, a keyboard or low vision from getting through the page.
 * Collects what it finds page by page, so one failure lists every page that needs fixing.
 */
final class AccessibilityCheck {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    // The last argument of an async script is Selenium's callback; the first, the tags to run.
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(results => done({violations: results.violations.map(v => ({
                  rule: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                  nodes: v.nodes.map(n => ({target: [].concat(n.target).join(' '), summary: n.failureSummary || ''}))
                }))}))
              .catch(e => done({error: String(e)}));
            """;

    private static String axeSource;

    /** One rule broken on one page, with the elements that break it. */
    record Violation(String rule, String impact, String help, String helpUrl, List<Node> nodes) {

        String describe() {
            StringBuilder text = new StringBuilder("  ").append(rule).append(" [").append(impact).append("] ")
                    .append(help).append(" (").append(helpUrl).append(")\n");
            for (Node node : nodes) {
                text.append("    at ").append(node.target()).append("\n      ")
                        .append(node.summary().replace("\n", "\n      ")).append('\n');
            }
            return text.toString();
        }
    }

    record Node(String target, String summary) {
    }

    private final Map<String, List<Violation>> byPage = new LinkedHashMap<>();

    /** Runs axe on what the browser shows now and keeps its serious and critical findings under the page's name. */
    List<Violation> check(Browser browser, String page) {
        List<Violation> found = seriousViolations(browser);
        byPage.put(page + " (" + browser.currentUrl() + ")", found);
        return found;
    }

    /** Every page checked, with the violations found on it; empty when all pages passed. */
    String report() {
        return byPage.entrySet().stream()
                .filter(page -> !page.getValue().isEmpty())
                .map(page -> page.getKey() + ":\n" + page.getValue().stream().map(Violation::describe).collect(Collectors.joining()))
                .collect(Collectors.joining());
    }

    boolean passed() {
        return byPage.values().stream().allMatch(List::isEmpty);
    }

    /** One line a page: how many serious or critical rules it breaks. */
    String summary() {
        return byPage.entrySet().stream()
                .map(page -> "axe-core " + WCAG_21_AA + ": " + page.getValue().size() + " serious or critical on " + page.getKey())
                .collect(Collectors.joining("\n"));
    }

    static List<Violation> seriousViolations(Browser browser) {
        JavascriptExecutor page = browser.driver();
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object'"))) {
            page.executeScript(axeSource());
        }
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Map<?, ?> outcome = (Map<?, ?>) page.executeAsyncScript(RUN_AXE, WCAG_21_AA);
        if (outcome.containsKey("error")) {
            throw new IllegalStateException("axe-core could not check " + browser.currentUrl() + ": " + outcome.get("error"));
        }
        List<Violation> serious = new ArrayList<>();
        for (Object item : (List<?>) outcome.get("violations")) {
            Map<?, ?> violation = (Map<?, ?>) item;
            if (BLOCKING.contains(String.valueOf(violation.get("impact")))) {
                List<Node> nodes = ((List<?>) violation.get("nodes")).stream()
                        .map(Map.class::cast)
                        .map(node -> new Node(String.valueOf(node.get("target")), String.valueOf(node.get("summary"))))
                        .toList();
                serious.add(new Violation(String.valueOf(violation.get("rule")), String.valueOf(violation.get("impact")),
                        String.valueOf(violation.get("help")), String.valueOf(violation.get("helpUrl")), nodes));
            }
        }
        return serious;
    }

    private static synchronized String axeSource() {
        if (axeSource == null) {
            Path file = Path.of(System.getProperty("it.axe", "node_modules/axe-core/axe.min.js"));
            try {
                axeSource = Files.readString(file);
            } catch (IOException e) {
                throw new IllegalStateException("axe-core is missing at " + file.toAbsolutePath()
                        + "; prepare-test-machine.sh installs it with npm ci from package-lock.json", e);
            }
        }
        return axeSource;
    }
}
