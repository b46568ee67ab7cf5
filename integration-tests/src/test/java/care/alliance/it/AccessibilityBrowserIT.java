package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every kind of person gets through their pages with a screen reader, a keyboard or low vision:
 * axe-core finds no serious or critical WCAG 2.1 A/AA violation on the team's pages, the portal,
 * clinic administration and the pages that say no. And a client on a phone reads the portal
 * without scrolling sideways and with targets a thumb can hit.
 */
class AccessibilityBrowserIT extends DeployedAlliance {

    private static final String WALKING = "Get out of the house and walk three days a week";

    /** Interactive elements on screen lower than a thumb: the label stands in for a checkbox. */
    private static final String SMALL_TARGETS = """
            const small = [];
            const targets = 'a[href], button, select, textarea, summary, input[type=checkbox] + label, '
                + 'input:not([type=hidden]):not([type=checkbox]):not([type=radio])';
            for (const element of document.querySelectorAll(targets)) {
              const box = element.getBoundingClientRect();
              if (box.width === 0 || box.right <= 0 || box.left >= window.innerWidth) continue;
              if (box.height < 44) {
                small.push((element.id ? '#' + element.id : element.tagName.toLowerCase() + '.' + element.className)
                    + ' ' + Math.round(box.height) + 'px "' + (element.textContent || element.value || '').trim().slice(0, 30) + '"');
              }
            }
            return small;
            """;

    @Test
    void theTeamsPagesMeetWcag21AA() {
        long alex = ClinicRecords.clientId("Morgan");
        long walking = ClinicRecords.goalId("Morgan", WALKING);
        AccessibilityCheck axe = new AccessibilityCheck();
        // The care manager's caseload runs to a second page, so its pager is checked too.
        try (Browser browser = signedIn("maria.gomez", "My caseload")) {
            axe.check(browser, "caseload");
            browser.open(app() + "/clinician/care-team.xhtml?client=" + alex);
            browser.waitForTitle("Care team of");
            axe.check(browser, "client's care team");
            browser.open(app() + "/clinician/care-plan.xhtml?client=" + alex);
            browser.waitForTitle("Care plan of");
            openFoldedForms(browser);
            axe.check(browser, "care plan, forms unfolded");
            browser.open(app() + "/clinician/care-plan.xhtml?client=" + ClinicRecords.clientId("Lee"));
            browser.waitFor(By.id("safety-flag-alert"));
            axe.check(browser, "care plan with an open safety flag and its follow-up form");
            browser.open(app() + "/clinician/care-plan.xhtml?closed=true&client=" + ClinicRecords.clientId("Lee"));
            browser.waitFor(By.id("closed-goals"));
            axe.check(browser, "care plan with its closed goals unfolded");
            browser.open(app() + "/clinician/goal.xhtml?goal=" + walking);
            browser.waitFor(By.id("goal-words"));
            axe.check(browser, "goal");
            browser.open(app() + "/clinician/preferences.xhtml?client=" + alex);
            browser.waitForTitle("How to work with");
            axe.check(browser, "how to work with the client");
            browser.open(app() + "/clinician/registry.xhtml");
            browser.waitFor(By.id("registry"));
            axe.check(browser, "registry");
            browser.open(app() + "/clinician/registry.xhtml?filter=NOT_IMPROVING&sort=PHQ_9&page=2");
            browser.waitFor(By.id("registry"));
            axe.check(browser, "registry, filtered, a page beyond the last");
            browser.open(app() + "/clinician/paper-measure.xhtml?client=" + alex + "&instrument=PHQ_9");
            browser.waitForTitle("PHQ-9 from paper");
            axe.check(browser, "PHQ-9 from paper");
            browser.clickAndWaitForTheNextPage(By.id("paper:enter"));
            browser.waitFor(By.id("paper:items:0:answer-message"));
            axe.check(browser, "PHQ-9 from paper, refused");
        }
        assertAccessible(axe);
    }

    @Test
    void thePortalMeetsWcag21AA() {
        long walking = ClinicRecords.goalId("Morgan", WALKING);
        AccessibilityCheck axe = new AccessibilityCheck();
        try (Browser browser = signedIn("alex.morgan", "My plan")) {
            axe.check(browser, "portal: my plan");
            browser.open(app() + "/portal/my-team.xhtml");
            browser.waitForTitle("My care team");
            axe.check(browser, "portal: my care team");
            browser.open(app() + "/portal/check-in.xhtml");
            browser.waitForTitle("How was your session?");
            axe.check(browser, "portal: check-in after a session");
            browser.open(app() + "/portal/preferences.xhtml");
            browser.waitForTitle("How to work with me");
            axe.check(browser, "portal: how to work with me");
            browser.open(app() + "/portal/measure.xhtml?instrument=PHQ_9");
            browser.waitForTitle("PHQ-9");
            axe.check(browser, "portal: PHQ-9");
            browser.open(app() + "/portal/goal.xhtml?goal=" + walking);
            browser.waitFor(By.id("goal-words"));
            axe.check(browser, "portal: goal");
            browser.open(app() + "/portal/who-looked.xhtml");
            browser.waitForTitle("Who looked at my plan");
            axe.check(browser, "portal: who looked at my plan");
            browser.open(app() + "/portal/consent.xhtml");
            browser.waitForTitle("Who sees what");
            axe.check(browser, "portal: who sees what");
            browser.open(app() + "/portal/print.xhtml");
            browser.waitForTitle("Care plan of");
            axe.check(browser, "portal: printable plan");
        }
        assertAccessible(axe);
    }

    @Test
    void clinicAdministrationEnrolmentAndThePagesThatSayNoMeetWcag21AA() {
        AccessibilityCheck axe = new AccessibilityCheck();
        try (Browser browser = signedIn("ivan.petrov", "Care teams")) {
            axe.check(browser, "care teams");
            browser.open(app() + "/enrolment/register-client.xhtml");
            browser.waitForTitle("Register a client");
            axe.check(browser, "register a client");
            browser.open(app() + "/enrolment/care-team.xhtml?client=" + ClinicRecords.clientId("Morgan"));
            browser.waitForTitle("Forming the care team of");
            axe.check(browser, "forming a care team, with its history");
            browser.driver().findElement(By.id("to-portal-account")).click();
            browser.waitForTitle("Portal account of");
            axe.check(browser, "a client's portal account");
            browser.driver().findElement(By.cssSelector("input[type=submit][id$='-account']")).click();
            browser.waitFor(By.id("messages"));
            axe.check(browser, "a client's portal account, refused");
            browser.open(app() + "/admin/staff.xhtml");
            browser.waitForTitle("Staff");
            axe.check(browser, "staff directory");
            browser.open(app() + "/admin/add-staff.xhtml");
            browser.waitForTitle("Add a staff member");
            axe.check(browser, "add a staff member");
            browser.driver().findElement(By.id("add:save")).click();
            browser.waitFor(By.id("add:givenName-message"));
            axe.check(browser, "add a staff member, refused");
            browser.open(app() + "/admin/import.xhtml");
            browser.waitForTitle("Import a clinic");
            axe.check(browser, "import a clinic");
            browser.driver().findElement(By.id("files:preview")).click();
            browser.waitFor(By.id("files:staffFile-message"));
            axe.check(browser, "import a clinic, refused");
            browser.open(app() + "/admin/staff-member.xhtml?staff=" + ClinicRecords.staffIdOf("lee.chen"));
            browser.waitForTitle("Lee Chen");
            axe.check(browser, "a staff member");
            browser.open(app() + "/clinician/caseload.xhtml");
            browser.waitForTitle("This page is not open to you");
            axe.check(browser, "forbidden");
            browser.open(app() + "/no-such-page.xhtml");
            browser.waitForTitle("Nothing here");
            axe.check(browser, "not found");
            browser.driver().findElement(By.id("sign-out")).click();
            browser.waitForTitle("You are signed out");
            axe.check(browser, "signed out");
        }
        assertAccessible(axe);
    }

    @Test
    void thePrivacyOfficersAuditMeetsWcag21AA() {
        AccessibilityCheck axe = new AccessibilityCheck();
        try (Browser browser = signedIn("pat.quinn", "The audit")) {
            axe.check(browser, "the audit");
            browser.waitFor(By.id("search:person")).sendKeys("not a user name");
            browser.clickAndWaitForTheNextPage(By.id("search:search-audit"));
            browser.waitFor(By.id("search:person-message"));
            axe.check(browser, "the audit, a filter refused");
        }
        assertAccessible(axe);
    }

    /**
     * The API's page for developers lists every operation from the OpenAPI document the server
     * generates, with the script of its own WAR under the Content-Security-Policy, and meets WCAG.
     */
    @Test
    void theApiPageForDevelopersListsTheOperationsAndMeetsWcag21AA() {
        AccessibilityCheck axe = new AccessibilityCheck();
        try (Browser browser = new Browser()) {
            browser.open(app() + "/developers/");
            browser.waitForTitle("Alliance API for developers");
            browser.waitForText(By.id("status"), "");
            List<String> operations = browser.texts(By.cssSelector("section.operation h3"));
            assertTrue(operations.stream().anyMatch(text -> text.contains("/clients/{clientId}/care-plan")), operations.toString());
            assertTrue(operations.stream().anyMatch(text -> text.startsWith("PUT") && text.endsWith("/goals/{goalId}")), operations.toString());
            assertTrue(browser.pageText().contains("application/problem+json"), "errors say they are problem details");
            assertTrue(browser.texts(By.cssSelector("#schemas h3")).contains("Problem"), "the schemas are listed");
            assertTrue(browser.consoleMessages().stream().noneMatch(message -> message.contains("Content Security Policy")),
                    browser.consoleMessages().toString());
            axe.check(browser, "the API for developers");
        }
        assertAccessible(axe);
    }

    /**
     * The psychiatric case review on the plan as its two writers see it: the psychiatrist's forms
     * unfolded beside the open recommendation, and primary care's answer form.
     */
    @Test
    void thePsychiatricCaseReviewMeetsWcag21AA() {
        long riley = ClinicRecords.clientId("Santos");
        AccessibilityCheck axe = new AccessibilityCheck();
        try (Browser browser = signedIn("priya.patel", "My caseload")) {
            browser.open(app() + "/clinician/care-plan.xhtml?client=" + riley);
            browser.waitFor(By.id("recommendation-alert"));
            openFoldedForms(browser);
            axe.check(browser, "care plan: case review, the psychiatrist's forms unfolded");
        }
        try (Browser browser = signedIn("nina.brooks", "My caseload")) {
            axe.check(browser, "caseload with a recommendation to answer");
            browser.open(app() + "/clinician/care-plan.xhtml?client=" + riley);
            browser.waitFor(By.id("answer"));
            axe.check(browser, "care plan: case review, primary care's answer form");
        }
        assertAccessible(axe);
    }

    /**
     * Emergency access, by the on-call psychiatrist on no team: the refused plan offering it, its
     * form (by the client named in the address, and by record number), the form refused, and the
     * care plan read under its banner.
     */
    @Test
    void theEmergencyAccessPagesMeetWcag21AA() {
        long dunn = ClinicRecords.clientId("Dunn");
        AccessibilityCheck axe = new AccessibilityCheck();
        try (Browser browser = signedIn("omar.haddad", "My caseload")) {
            browser.open(app() + "/clinician/care-plan.xhtml?client=" + dunn);
            browser.waitFor(By.id("emergency-access"));
            axe.check(browser, "forbidden, offering emergency access");
            browser.clickAndWaitForTheNextPage(By.id("emergency-access"));
            browser.waitFor(By.id("emergency:emergencyReason"));
            axe.check(browser, "emergency access");
            browser.clickAndWaitForTheNextPage(By.id("emergency:open"));
            browser.waitFor(By.id("emergency:emergencyReason-message"));
            axe.check(browser, "emergency access, refused");
            browser.driver().findElement(By.id("emergency:emergencyReason")).sendKeys("Accessibility check of emergency access");
            browser.clickAndWaitForTheNextPage(By.id("emergency:open"));
            browser.waitFor(By.id("emergency-banner"));
            axe.check(browser, "care plan under emergency access");
            browser.open(app() + "/clinician/emergency-access.xhtml");
            browser.waitFor(By.id("emergency:recordNumber"));
            axe.check(browser, "emergency access by record number");
        }
        assertAccessible(axe);
    }

    /**
     * The pages above pass, so this proves the check still sees: a check that silently found
     * nothing, say because axe-core failed to load, would pass them too.
     */
    @Test
    void theCheckReportsAViolationWithTheRuleAndTheElementsToFix() {
        AccessibilityCheck axe = new AccessibilityCheck();
        try (Browser browser = new Browser()) {
            browser.open(app() + "/signed-out.xhtml");
            browser.waitForTitle("You are signed out");
            browser.driver().executeScript("document.getElementById('main').insertAdjacentHTML('beforeend',"
                    + " '<input id=\"unnamed\" type=\"text\"><p id=\"faint\" style=\"color:#bbb\">Hard to read</p>')");

            List<AccessibilityCheck.Violation> found = axe.check(browser, "signed out, with an unnamed field and faint text");

            System.out.println(axe.report());
            assertEquals(List.of("color-contrast", "label"), found.stream().map(AccessibilityCheck.Violation::rule).sorted().toList());
            assertTrue(axe.report().contains("#unnamed") && axe.report().contains("#faint"), axe.report());
            assertFalse(axe.passed());
        }
    }

    @Test
    void aClientReadsThePortalOnAPhoneWithoutScrollingSideways() {
        long walking = ClinicRecords.goalId("Morgan", WALKING);
        AccessibilityCheck axe = new AccessibilityCheck();
        try (Browser phone = Browser.phone()) {
            phone.open(app() + "/portal/my-plan.xhtml");
            phone.signInOnKeycloak("alex.morgan", PASSWORD);
            phone.waitForTitle("My plan");
            assertEquals(390, phone.innerWidth(), "the page is laid out for a 390 px wide phone");
            assertFitsThePhone(phone);
            axe.check(phone, "portal on a phone: my plan");
            phone.screenshot("portal-home-phone");

            phone.open(app() + "/portal/my-team.xhtml");
            phone.waitForTitle("My care team");
            assertFitsThePhone(phone);
            phone.open(app() + "/portal/goal.xhtml?goal=" + walking);
            phone.waitFor(By.id("goal-words"));
            assertFitsThePhone(phone);
            axe.check(phone, "portal on a phone: goal");
            phone.open(app() + "/portal/check-in.xhtml");
            phone.waitForTitle("How was your session?");
            assertFitsThePhone(phone);
            axe.check(phone, "portal on a phone: check-in");
            phone.screenshot("portal-check-in-phone");
            phone.open(app() + "/portal/measure.xhtml?instrument=GAD_7");
            phone.waitForTitle("GAD-7");
            assertFitsThePhone(phone);
            axe.check(phone, "portal on a phone: GAD-7");
            phone.open(app() + "/portal/preferences.xhtml");
            phone.waitForTitle("How to work with me");
            assertFitsThePhone(phone);
            phone.open(app() + "/portal/who-looked.xhtml");
            phone.waitForTitle("Who looked at my plan");
            assertFitsThePhone(phone);
            axe.check(phone, "portal on a phone: who looked at my plan");
        }
        assertAccessible(axe);
    }

    private static void assertFitsThePhone(Browser phone) {
        assertTrue(phone.scrollWidth() <= phone.innerWidth(), phone.title() + " is " + phone.scrollWidth()
                + " px wide on a " + phone.innerWidth() + " px phone; see " + phone.screenshot("too-wide-on-a-phone"));
        List<?> small = (List<?>) phone.driver().executeScript(SMALL_TARGETS);
        assertTrue(small.isEmpty(), phone.title() + ": targets lower than 44 px: " + small);
    }

    private static void openFoldedForms(Browser browser) {
        browser.driver().executeScript("document.querySelectorAll('details').forEach(details => details.open = true)");
    }

    private static void assertAccessible(AccessibilityCheck axe) {
        System.out.println(axe.summary());
        assertTrue(axe.passed(), "Serious or critical WCAG 2.1 A/AA violations found by axe-core:\n" + axe.report());
    }
}
