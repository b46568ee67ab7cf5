package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The client governs consent: Jordan Lee withholds "substance use" from primary care on "Who sees
 * what"; Tom Okafor, Jordan's primary care doctor, then sees on the care plan only that a goal is
 * withheld by the client's consent, and opening the goal's address is refused, with none of the
 * goal's words; Jordan consents again, and Tom sees the goal. The demo labels Jordan's goal
 * "Keep to two drinks on a night out" as substance use.
 */
class ConsentBrowserIT extends DeployedAlliance {

    private static final String WORDS = "Keep to two drinks on a night out";
    private static final By PRIMARY_CARE_MAY_SEE_SUBSTANCE_USE =
            By.cssSelector("#label-SUBSTANCE_USE input[value='PRIMARY_CARE']");

    @Test
    void aClientWithholdsSubstanceUseFromPrimaryCareWhoSeesOnlyThatItIsWithheldUntilTheyConsentAgain() {
        long lee = ClinicRecords.clientId("Lee");
        long drinks = ClinicRecords.goalId("Lee", WORDS);
        String plan = app() + "/clinician/care-plan.xhtml?client=" + lee;
        String goal = app() + "/clinician/goal.xhtml?goal=" + drinks;

        try (Browser jordan = signedIn("jordan.lee", "My plan")) {
            jordan.driver().findElement(By.id("nav-consent")).click();
            jordan.waitForTitle("Who sees what");
            WebElement primaryCare = jordan.waitFor(PRIMARY_CARE_MAY_SEE_SUBSTANCE_USE);
            assertTrue(primaryCare.isSelected(), "the clinic's default: every discipline sees every label");
            primaryCare.click();
            jordan.clickAndWaitForTheNextPage(By.id("consent:save"));
            jordan.waitForText(By.id("messages"), "Saved. From now on your team sees exactly what you chose.");
            assertFalse(jordan.waitFor(PRIMARY_CARE_MAY_SEE_SUBSTANCE_USE).isSelected(), "saved as chosen");
            String history = jordan.text(By.id("consent-history"));
            assertTrue(history.contains("Primary care may no longer see Substance use"), history);
            jordan.screenshot("portal-consent-withheld");
        }

        try (Browser tom = signedIn("tom.okafor", "My caseload")) {
            tom.open(plan);
            tom.waitForTitle("Care plan of Jordan Lee");
            String withheld = tom.text(By.id("withheld-goals"));
            assertTrue(withheld.contains("Withheld by the client's consent"), withheld);
            assertFalse(tom.pageText().contains("drinks"), "nothing of the goal on the care plan");
            assertTrue(tom.text(By.id("client-consent")).contains("Substance use: Primary care"),
                    "the team knows what it was asked not to see");
            tom.screenshot("care-plan-withheld-goal");

            tom.open(goal);
            tom.waitForTitle("This page is not open to you");
            String refusal = tom.pageText();
            assertTrue(refusal.contains("withheld by the client"), refusal);
            assertFalse(refusal.contains("drinks"), "nothing of the goal on the refusal");
        }
        List<ClinicRecords.AuditRow> refused = ClinicRecords.auditOfRecord("Goal", drinks).stream()
                .filter(row -> row.actor().equals("tom.okafor") && row.outcome().equals("REFUSED"))
                .toList();
        assertFalse(refused.isEmpty(), "the refusals are audited");
        assertTrue(refused.stream().allMatch(row -> row.reason().equals("withheld by the client's consent")),
                refused.toString());

        try (Browser jordan = signedIn("jordan.lee", "My plan")) {
            jordan.open(app() + "/portal/consent.xhtml");
            jordan.waitForTitle("Who sees what");
            jordan.waitFor(PRIMARY_CARE_MAY_SEE_SUBSTANCE_USE).click();
            jordan.clickAndWaitForTheNextPage(By.id("consent:save"));
            jordan.waitForText(By.id("messages"), "Saved. From now on your team sees exactly what you chose.");
            assertTrue(jordan.text(By.id("consent-history")).contains("Primary care may see Substance use"));
        }

        try (Browser tom = signedIn("tom.okafor", "My caseload")) {
            tom.open(plan);
            tom.waitForTitle("Care plan of Jordan Lee");
            assertTrue(tom.pageText().contains(WORDS), "the goal shows again");
            assertEquals(List.of(), tom.texts(By.id("withheld-goals")));
            tom.open(goal);
            assertEquals(WORDS, tom.text(By.id("goal-words")));
        }
    }
}
