package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The privacy officer reads the audit: after a clinician is turned away from a plan not theirs, she
 * finds the refusal by the client's record number and by the outcome, sees it marked as refused,
 * and exports the search as CSV, whose rows the test reads; clinicians and clinic IT are kept out.
 */
class AuditViewerBrowserIT extends DeployedAlliance {

    private static final String AUDIT_TITLE = "The audit";
    private static final By ROWS = By.cssSelector("[id='results:events_data'] > tr");

    @Test
    void thePrivacyOfficerFindsAClinicianTurnedAwayFromAPlanAndExportsIt() throws Exception {
        String plan = app() + "/clinician/care-plan.xhtml?client=" + ClinicRecords.clientId("Morgan");
        try (Browser nina = new Browser()) {
            nina.open(plan);
            nina.signInOnKeycloak("nina.brooks", PASSWORD);
            nina.waitForTitle("This page is not open to you");
        }

        try (Browser pat = signedIn("pat.quinn", AUDIT_TITLE)) {
            assertEquals("Audit", pat.text(By.id("nav-audit")));
            assertEquals("Privacy officer", pat.text(By.id("signed-in-role")));

            pat.waitFor(By.id("search:client")).sendKeys("mrn-1001");
            pat.clickAndWaitForTheNextPage(By.id("search:search-audit"));
            pat.waitForTitle(AUDIT_TITLE);
            List<String> rows = pat.texts(ROWS);
            assertFalse(rows.isEmpty(), pat.pageText());
            assertTrue(rows.stream().allMatch(row -> row.contains("MRN-1001") && row.contains("Alexandra Morgan")),
                    "only Alex's record: " + rows);
            String refusal = rows.stream().filter(row -> row.contains("nina.brooks")).findFirst()
                    .orElseThrow(() -> new AssertionError("Nina's refused look is listed: " + rows));
            assertTrue(refusal.contains("Nina Brooks") && refusal.contains("Primary care")
                    && refusal.contains("Refused") && refusal.contains("not on this client's care team"), refusal);

            pat.waitFor(By.id("search:client")).clear();
            new Select(pat.waitFor(By.id("search:outcome"))).selectByVisibleText("Refused");
            pat.clickAndWaitForTheNextPage(By.id("search:search-audit"));
            pat.waitForTitle(AUDIT_TITLE);
            List<WebElement> refused = pat.driver().findElements(ROWS);
            assertFalse(refused.isEmpty());
            assertTrue(refused.stream().allMatch(row -> row.findElements(By.cssSelector(".refused-flag")).size() == 1
                    && row.findElement(By.cssSelector(".refused-flag")).getText().equals("Refused")),
                    "every row marked refused in words");
            assertTrue(pat.texts(ROWS).stream().anyMatch(row -> row.contains("nina.brooks") && row.contains("MRN-1001")));
            pat.screenshot("privacy-audit-refusals");

            String export = pat.driver().findElement(By.id("export-csv")).getAttribute("href");
            assertTrue(export.contains("/privacy/audit.csv?outcome=REFUSED"), export);
            HttpResponse<String> file = download(export, pat.driver().manage().getCookieNamed("JSESSIONID"));

            assertEquals(200, file.statusCode());
            assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            assertTrue(file.headers().firstValue("Content-Disposition").orElse("")
                    .matches("attachment; filename=\"alliance-audit-\\d{4}-\\d{2}-\\d{2}\\.csv\""));
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(file.body().replace("\uFEFF", ""))).getRecords();
            assertFalse(records.isEmpty());
            assertTrue(records.stream().allMatch(record -> record.get("outcome").equals("REFUSED")
                    && record.get("refused").equals("yes")), "refusals only, flagged");
            assertTrue(records.stream().anyMatch(record -> record.get("actor").equals("nina.brooks")
                    && record.get("staff_name").equals("Nina Brooks") && record.get("acting_role").equals("primary-care")
                    && record.get("reason").equals("not on this client's care team")
                    && record.get("record_number").equals("MRN-1001")
                    && record.get("client_name").equals("Alexandra Morgan")), "Nina's refusal in the file");
        }

        List<String> ownRecord = ClinicRecords.auditOf("pat.quinn").stream()
                .map(row -> row.action() + " " + row.outcome() + " " + row.reason()).toList();
        assertTrue(ownRecord.contains("SEARCH_AUDIT ALLOWED privacy review; client=MRN-1001; rows 1 to 25"), ownRecord.toString());
        assertTrue(ownRecord.stream().anyMatch(row -> row.startsWith("EXPORT_AUDIT ALLOWED privacy review; outcome=REFUSED;")),
                ownRecord.toString());
    }

    @Test
    void aFilterThatCannotBeRightIsSaidBesideItsField() {
        try (Browser pat = signedIn("pat.quinn", AUDIT_TITLE)) {
            pat.waitFor(By.id("search:person")).sendKeys("sam rivera");
            pat.clickAndWaitForTheNextPage(By.id("search:search-audit"));

            assertTrue(pat.text(By.id("search:person-message")).startsWith("A person is searched by their user name"));
            assertEquals("true", pat.driver().findElement(By.id("search:person")).getAttribute("aria-invalid"));
        }
    }

    @ParameterizedTest(name = "{0} may not read the audit")
    @CsvSource({"sam.rivera, /clinician/caseload.xhtml", "ivan.petrov, /admin/care-teams.xhtml"})
    void cliniciansAndClinicItAreKeptOut(String username, String home) {
        WebSession session = new WebSession();
        session.signIn(username, PASSWORD, app() + home);

        HttpResponse<String> page = session.get(app() + "/privacy/audit.xhtml");
        HttpResponse<String> export = session.get(app() + "/privacy/audit.csv");

        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("This page is not open to you"));
        assertFalse(page.body().contains("nina.brooks"));
        assertEquals(403, export.statusCode());
        assertFalse(export.body().contains("occurred_at"));
    }

    /** Fetches the export as the browser would, with its session. */
    private static HttpResponse<String> download(String url, Cookie session) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
