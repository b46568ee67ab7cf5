package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Clinic IT moves a clinic in from the example files of {@code docs/import-example}, in headless
 * Chromium against the real Keycloak: the preview lists the refused rows and why, and saves
 * nothing; the import's progress bar reaches its end and the summary hands over the temporary
 * passwords; an imported psychiatrist signs in with hers and finds her client; importing the same
 * files again changes nothing, as the summary and the database agree.
 */
class ClinicImportBrowserIT extends DeployedAlliance {

    private static final Path EXAMPLE = Path.of(System.getProperty("user.dir"), "..", "docs", "import-example")
            .normalize();

    @Test
    void clinicItPreviewsImportsAndImportsAgainWithoutChangingAnything() {
        AccessibilityCheck axe = new AccessibilityCheck();
        KeycloakAdmin keycloak = new KeycloakAdmin();
        String before = clinicRecords();
        List<String> temporary;
        try (Browser clinicIt = signedIn("ivan.petrov", "Care teams")) {
            clinicIt.driver().findElement(By.id("nav-import")).click();
            clinicIt.waitForTitle("Import a clinic");
            axe.check(clinicIt, "import a clinic");

            chooseTheExampleFiles(clinicIt);
            submit(clinicIt, By.id("files:preview"));
            assertEquals("9 rows can be imported, 0 are already in Alliance and stay as they are, 3 are refused.",
                    clinicIt.text(By.id("preview-counts")));
            List<String> refused = clinicIt.texts(By.cssSelector("#preview-rows tr.outcome-REFUSED"));
            assertEquals(3, refused.size(), refused.toString());
            assertTrue(refused.get(0).contains("Column discipline: This is not a discipline Alliance knows"), refused.get(0));
            assertTrue(refused.get(1).contains("Column date_of_birth: The date of birth must be between"), refused.get(1));
            assertTrue(refused.get(2).contains("No staff member has the user name wen.li"), refused.get(2));
            clinicIt.screenshot("import-preview-refused-rows");
            axe.check(clinicIt, "import preview");
            assertEquals(before, clinicRecords(), "the preview saved nothing");
            assertFalse(keycloak.hasUser("imani.okafor"));

            submit(clinicIt, By.id("start:import-rows"));
            clinicIt.watchForPolicyViolations();
            summaryShown(clinicIt);
            assertEquals(List.of(), clinicIt.policyViolations(), "the progress is polled within the page's policy");
            assertTrue(clinicIt.consoleMessages().stream().noneMatch(line -> line.contains("Content Security Policy")));
            WebElement bar = clinicIt.waitFor(By.id("import-progress"));
            assertEquals(bar.getDomAttribute("max"), bar.getDomAttribute("value"), "the progress bar reached its end");
            assertEquals("9 of 9 rows done", clinicIt.text(By.id("progress-counts")));
            assertEquals("9 rows added, 0 unchanged (already in Alliance), 3 refused.", clinicIt.text(By.id("summary-counts")));
            assertEquals(List.of("imani.okafor", "rafael.ortiz", "hana.sato", "teo.vasquez"),
                    clinicIt.texts(By.cssSelector("td.handed-over-username")));
            temporary = clinicIt.texts(By.cssSelector("code.temporary-password"));
            assertTrue(clinicIt.pageText().contains("These passwords are shown only now"));
            assertEquals(3, clinicIt.texts(By.cssSelector("#summary-rows tr.outcome-REFUSED")).size());
            clinicIt.screenshot("import-summary");
            axe.check(clinicIt, "import summary");
            String afterFirst = clinicRecords();
            assertEquals(List.of(3, 2, 4, 1), difference(before, afterFirst),
                    "three staff, two clients, four memberships and one portal account made");
            for (String username : List.of("imani.okafor", "rafael.ortiz", "hana.sato", "teo.vasquez")) {
                assertTrue(keycloak.hasUser(username), username);
            }

            submit(clinicIt, By.id("import-more"));
            chooseTheExampleFiles(clinicIt);
            submit(clinicIt, By.id("files:preview"));
            assertEquals("0 rows can be imported, 9 are already in Alliance and stay as they are, 3 are refused.",
                    clinicIt.text(By.id("preview-counts")));
            submit(clinicIt, By.id("start:import-rows"));
            summaryShown(clinicIt);
            assertEquals("0 rows added, 9 unchanged (already in Alliance), 3 refused.", clinicIt.text(By.id("summary-counts")));
            assertTrue(clinicIt.text(By.id("nothing-changed")).startsWith("Nothing changed"));
            assertTrue(clinicIt.driver().findElements(By.id("handed-over")).isEmpty(), "no account opened again");
            clinicIt.screenshot("import-again-nothing-changed");
            assertEquals(afterFirst, clinicRecords(), "the second import changed nothing");
        }

        try (Browser imani = new Browser()) {
            imani.open(app() + "/");
            imani.signInOnKeycloak("imani.okafor", temporary.get(0));
            new WebDriverWait(imani.driver(), Duration.ofSeconds(60))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new")))
                    .sendKeys("Imani-chooses-her-own-1");
            imani.driver().findElement(By.id("password-confirm")).sendKeys("Imani-chooses-her-own-1");
            imani.driver().findElement(By.cssSelector("[type=submit]")).click();
            imani.waitForTitle("My caseload");
            assertTrue(imani.texts(By.cssSelector("td.client-name a.client-link")).contains("Teo Vasquez"), imani.pageText());
        }
        System.out.println(axe.summary());
        assertTrue(axe.passed(), "Serious or critical WCAG 2.1 A/AA violations found by axe-core:\n" + axe.report());
    }

    @Test
    void aFileThatIsNotTheClinicsCsvIsRefusedBesideItsFieldAndNothingIsSaved() throws IOException {
        String before = clinicRecords();
        Path binary = Files.createTempFile("spreadsheet", ".csv");
        Files.write(binary, new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x00, 0x00});
        Path large = Files.createTempFile("large", ".csv");
        byte[] tooMuch = new byte[3 * 1024 * 1024];
        Arrays.fill(tooMuch, (byte) 'a');
        Files.write(large, tooMuch);
        try (Browser clinicIt = signedIn("ivan.petrov", "Care teams")) {
            clinicIt.open(app() + "/admin/import.xhtml");
            clinicIt.waitForTitle("Import a clinic");
            clinicIt.driver().findElement(By.id("files:staffFile")).sendKeys(binary.toString());
            submit(clinicIt, By.id("files:preview"));
            assertTrue(clinicIt.text(By.id("files:staffFile-message")).contains("characters that are not text"),
                    clinicIt.pageText());
            assertEquals("true", clinicIt.driver().findElement(By.id("files:staffFile")).getDomAttribute("aria-invalid"));

            clinicIt.driver().findElement(By.id("files:clientsFile")).sendKeys(large.toString());
            submit(clinicIt, By.id("files:preview"));
            assertTrue(clinicIt.text(By.id("files:clientsFile-message")).contains("larger than 2 MB"), clinicIt.pageText());

            submit(clinicIt, By.id("files:preview"));
            assertTrue(clinicIt.pageText().contains("Choose at least one file to import."), clinicIt.pageText());
        } finally {
            Files.deleteIfExists(binary);
            Files.deleteIfExists(large);
        }
        assertEquals(before, clinicRecords());
    }

    /**
     * Submits a form once the page holding it has finished loading: on a busy machine a page can
     * still be replaced after its elements are found, and a click then lands on a node of the old one.
     */
    private static void submit(Browser browser, By button) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
        wait.until(driver -> "complete".equals(browser.driver().executeScript("return document.readyState")));
        try {
            browser.clickAndWaitForTheNextPage(button);
        } catch (WebDriverException replacedMeanwhile) {
            boolean clickMissed = replacedMeanwhile instanceof StaleElementReferenceException
                    || String.valueOf(replacedMeanwhile.getMessage()).contains("does not belong to the document");
            if (!clickMissed) {
                throw replacedMeanwhile;
            }
            if (!browser.driver().findElements(button).isEmpty()) {
                wait.until(driver -> "complete".equals(browser.driver().executeScript("return document.readyState")));
                browser.clickAndWaitForTheNextPage(button);
            }
        }
    }

    private static void chooseTheExampleFiles(Browser browser) {
        browser.driver().findElement(By.id("files:staffFile")).sendKeys(file("staff.csv"));
        browser.driver().findElement(By.id("files:clientsFile")).sendKeys(file("clients.csv"));
        browser.driver().findElement(By.id("files:careTeamsFile")).sendKeys(file("care-teams.csv"));
    }

    private static void summaryShown(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("summary-counts")));
    }

    private static String file(String name) {
        Path path = EXAMPLE.resolve(name);
        if (!Files.isReadable(path)) {
            throw new UncheckedIOException(new IOException("no example file " + path));
        }
        return path.toString();
    }

    /** Staff, clients, care-team memberships and portal accounts, in one line: equal before and after means nothing changed. */
    private static String clinicRecords() {
        return ClinicRecords.staffCount() + "/" + ClinicRecords.clientCount() + "/" + ClinicRecords.membershipCount()
                + "/" + ClinicRecords.portalAccountCount();
    }

    private static List<Integer> difference(String before, String after) {
        String[] from = before.split("/");
        String[] to = after.split("/");
        return java.util.stream.IntStream.range(0, from.length)
                .mapToObj(i -> Integer.parseInt(to[i]) - Integer.parseInt(from[i])).toList();
    }
}
