package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Each kind of person signs in through Keycloak's own login page in headless Chromium and lands on
 * their own start page, seeing what their role and their care teams allow and nothing more.
 */
class CaseloadBrowserIT extends DeployedAlliance {

    private static final By CASELOAD_NAMES = By.cssSelector("td.client-name a.client-link");

    @Test
    void aTherapistLandsOnMyCaseloadAndSeesExactlyTheClientsOfTheirTeams() {
        try (Browser browser = new Browser()) {
            browser.open(app() + "/");
            browser.signInOnKeycloak("sam.rivera", PASSWORD);
            browser.waitForTitle("My caseload");

            List<String> shown = browser.texts(CASELOAD_NAMES).stream().sorted().toList();

            List<String> expected = ClinicRecords.currentClientsOf("sam.rivera");
            assertFalse(expected.isEmpty());
            assertEquals(expected, shown);
            assertEquals("Sam Rivera", browser.text(By.id("signed-in-name")));
            assertEquals("Therapist", browser.text(By.id("signed-in-role")));
            String page = browser.pageText();
            assertTrue(page.contains("Maria Gomez, RN · Care management (lead)"), page);
            assertTrue(page.contains("Priya Patel, MD · Psychiatry"), page);
            browser.screenshot("caseload-therapist");
        }
    }

    @Test
    void aFormerTeamMembersCaseloadLeavesTheClientOut() {
        try (Browser browser = new Browser()) {
            browser.open(app() + "/clinician/caseload.xhtml");
            browser.signInOnKeycloak("lee.chen", PASSWORD);
            browser.waitForTitle("My caseload");

            List<String> shown = browser.texts(CASELOAD_NAMES).stream().sorted().toList();

            assertEquals(ClinicRecords.currentClientsOf("lee.chen"), shown);
            assertFalse(shown.contains("Alex Morgan"), "Lee Chen left Alex Morgan's team in June");
        }
    }

    @Test
    void theCaseloadSortsByClientNameTenToAPageBothWays() {
        try (Browser browser = signedIn("maria.gomez", "My caseload")) {
            List<String> everyone = ClinicRecords.currentClientsOf("maria.gomez").stream().sorted().toList();
            assertTrue(everyone.size() > 10, "the care manager's caseload needs a second page");
            assertEquals("none", browser.driver().findElement(By.id("column-CLIENT_NAME")).getDomAttribute("aria-sort"));

            browser.driver().findElement(By.cssSelector("#column-CLIENT_NAME a")).click();
            assertEquals(everyone.subList(0, 10), awaitNames(browser, everyone.subList(0, 10)));
            assertEquals("ascending", browser.driver().findElement(By.id("column-CLIENT_NAME")).getDomAttribute("aria-sort"));
            assertEquals("Page 1 of 2", browser.text(By.id("page-of")));

            browser.driver().findElement(By.id("next-page")).click();
            assertEquals(everyone.subList(10, everyone.size()), awaitNames(browser, everyone.subList(10, everyone.size())));
            assertEquals("Page 2 of 2", browser.text(By.id("page-of")));
            assertTrue(browser.driver().findElements(By.id("next-page")).isEmpty(), "no page after the last");

            browser.driver().findElement(By.cssSelector("#column-CLIENT_NAME a")).click();
            List<String> reversed = everyone.stream().sorted(Comparator.reverseOrder()).toList();
            assertEquals(reversed.subList(0, 10), awaitNames(browser, reversed.subList(0, 10)));
            assertEquals("descending", browser.driver().findElement(By.id("column-CLIENT_NAME")).getDomAttribute("aria-sort"));

            browser.driver().findElement(By.id("flags-first")).click();
            browser.waitForTitle("My caseload");
            assertEquals("none", browser.driver().findElement(By.id("column-CLIENT_NAME")).getDomAttribute("aria-sort"));
            assertTrue(browser.driver().findElements(By.id("flags-first")).isEmpty(), "already safety flags first");
        }
    }

    @Test
    void aCaseloadAddressPastTheLastPageOrMadeUpShowsAPageAndNoError() {
        try (Browser browser = signedIn("maria.gomez", "My caseload")) {
            List<String> everyone = ClinicRecords.currentClientsOf("maria.gomez").stream().sorted().toList();

            browser.open(app() + "/clinician/caseload.xhtml?sort=CLIENT_NAME&page=99");
            assertEquals(everyone.subList(10, everyone.size()), browser.texts(CASELOAD_NAMES));
            assertEquals("Page 2 of 2", browser.text(By.id("page-of")));

            browser.open(app() + "/clinician/caseload.xhtml?sort=%3Cscript%3E&reversed=maybe&page=-3x");
            assertTrue(browser.title().contains("My caseload"), browser.title());
            assertEquals(10, browser.texts(CASELOAD_NAMES).size());
            assertEquals("Page 1 of 2", browser.text(By.id("page-of")));
        }
    }

    /** The names the caseload shows once it shows the expected ones, or after ten seconds. */
    private static List<String> awaitNames(Browser browser, List<String> expected) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .until(driver -> browser.texts(CASELOAD_NAMES).equals(expected));
        } catch (TimeoutException e) {
            browser.screenshot("caseload-paging-failed");
        }
        return browser.texts(CASELOAD_NAMES);
    }

    @Test
    void aClientLandsOnTheirPlanAndSeesTheirOwnTeamWithWhatEachHelpsWith() {
        try (Browser browser = new Browser()) {
            browser.open(app() + "/");
            browser.signInOnKeycloak("alex.morgan", PASSWORD);
            browser.waitForTitle("My plan");
            browser.driver().findElement(By.id("nav-my-team")).click();
            browser.waitForTitle("My care team");

            List<String> names = browser.texts(By.cssSelector("#team-members .name")).stream()
                    .map(name -> name.replaceAll(",.*$", "")).sorted().toList();

            assertEquals(ClinicRecords.currentTeamOf("alex.morgan"), names);
            assertTrue(browser.pageText().contains("Therapy"), "disciplines are named");
            assertTrue(browser.text(By.id("team-members")).contains("Talks things through with you"),
                    "what each discipline helps with");
            browser.screenshot("portal-my-care-team");
        }
    }

    @Test
    void clinicAdministrationSeesTeamsAndMembersButNoClinicalContent() {
        try (Browser browser = new Browser()) {
            browser.open(app() + "/");
            browser.signInOnKeycloak("ivan.petrov", PASSWORD);
            browser.waitForTitle("Care teams");

            int rows = browser.driver().findElements(By.cssSelector("[id='teams:care-teams_data'] > tr")).size();
            String page = browser.pageText().toLowerCase(Locale.ROOT);

            assertEquals(Math.min(10, ClinicRecords.clientCount()), rows);
            assertTrue(page.contains("maria gomez"), page);
            for (String clinical : List.of("goal", "note", "phq", "gad", "diagnos", "medication", "pronoun")) {
                assertFalse(page.contains(clinical), "clinic-admin sees no " + clinical);
            }
            browser.open(app() + "/clinician/caseload.xhtml");
            assertTrue(browser.title().contains("This page is not open to you"), browser.title());
            browser.screenshot("admin-care-teams");
        }
    }
}
