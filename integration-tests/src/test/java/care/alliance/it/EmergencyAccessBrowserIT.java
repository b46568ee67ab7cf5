package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.it.ClinicRecords.AuditRow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Breaking the glass as the people involved see it: Omar Haddad, the on-call psychiatrist, is on no
 * care team. Refused Jordan Lee's plan, he chooses emergency access, is told beside the field that a
 * reason is needed, gives one and reads the plan and a goal under the banner, offered no change. Jordan then
 * reads the notice on their plan and the access, with its reason, in "Who looked at my plan", and
 * the privacy officer finds the opening and every read under it flagged in the audit.
 */
class EmergencyAccessBrowserIT extends DeployedAlliance {

    private static final String REASON = "Jordan is in the emergency department after a fall and the team cannot be reached";

    @Test
    void aPsychiatristOffTheTeamBreaksTheGlassWithAReasonReadsThePlanAndTheClientSeesIt() {
        long jordan = ClinicRecords.clientId("Lee");
        try (Browser omar = new Browser()) {
            omar.open(app() + "/clinician/care-plan.xhtml?client=" + jordan);
            omar.signInOnKeycloak("omar.haddad", PASSWORD);
            omar.waitForTitle("This page is not open to you");
            assertFalse(omar.pageText().contains("Jordan"), "nothing of the client before the glass is broken");

            omar.clickAndWaitForTheNextPage(By.id("emergency-access"));
            omar.waitForTitle("Emergency access");
            assertTrue(omar.text(By.cssSelector(".intro")).contains("lasts 60 minutes"), omar.text(By.cssSelector(".intro")));
            omar.clickAndWaitForTheNextPage(By.id("emergency:open"));
            assertEquals("The reason for emergency access is required.",
                    omar.text(By.id("emergency:emergencyReason-message")), "said beside the field");
            assertEquals("true", omar.driver().findElement(By.id("emergency:emergencyReason")).getAttribute("aria-invalid"));

            omar.driver().findElement(By.id("emergency:emergencyReason")).sendKeys(REASON);
            omar.clickAndWaitForTheNextPage(By.id("emergency:open"));
            omar.waitForTitle("Care plan of Jordan Lee");
            String banner = omar.text(By.id("emergency-banner"));
            omar.screenshot("emergency-access-care-plan");

            assertTrue(banner.startsWith("Emergency access until ") && banner.contains("every read is recorded with your reason"),
                    banner);
            assertTrue(omar.driver().findElements(By.id("proposal")).isEmpty(), "no goal proposed under emergency access");
            assertTrue(omar.driver().findElements(By.id("note")).isEmpty(), "no note written under emergency access");
            assertTrue(omar.text(By.id("emergency-notices")).contains("Omar Haddad, MD (Psychiatry) used emergency access on"),
                    omar.text(By.id("emergency-notices")));

            omar.open(app() + "/clinician/goal.xhtml?goal=" + ClinicRecords.goalId("Lee", "Call my sister every Sunday"));
            assertEquals("Call my sister every Sunday", omar.text(By.id("goal-words")), "the goal is read");
            for (String change : List.of("answer", "task", "check-in", "revise", "status", "labels")) {
                assertTrue(omar.driver().findElements(By.id(change)).isEmpty(), "no " + change + " form under emergency access");
            }
        }

        List<AuditRow> audit = ClinicRecords.auditOf("omar.haddad");
        assertTrue(audit.contains(new AuditRow("omar.haddad", "psychiatrist", "BREAK_THE_GLASS", jordan, "REFUSED",
                "no valid reason stated")), audit.toString());
        assertTrue(audit.contains(new AuditRow("omar.haddad", "psychiatrist", "BREAK_THE_GLASS", jordan, "ALLOWED", REASON)));
        assertTrue(audit.contains(new AuditRow("omar.haddad", "psychiatrist", "VIEW_PLAN", jordan, "ALLOWED",
                "emergency access: " + REASON)), "each read carries the reason");

        try (Browser client = signedIn("jordan.lee", "My plan")) {
            String notice = client.text(By.id("emergency-notices"));
            assertTrue(notice.contains("Omar Haddad, MD (Psychiatry) used emergency access on") && notice.contains(REASON), notice);

            client.driver().findElement(By.id("nav-who-looked")).click();
            client.waitForTitle("Who looked at my plan");
            String emergency = client.text(By.cssSelector("#who-looked .emergency-reading"));
            client.screenshot("portal-who-looked-emergency");

            assertTrue(emergency.startsWith("Emergency access: Omar Haddad, MD · Psychiatry opened your plan at"), emergency);
            assertTrue(emergency.endsWith("gave this reason: " + REASON), emergency);
            assertTrue(client.text(By.cssSelector("#who-looked .reading-day")).contains("Omar Haddad, MD · Psychiatry — opened it at"),
                    "his reads are listed with the others that day");
        }

        try (Browser pat = signedIn("pat.quinn", "The audit")) {
            pat.waitFor(By.id("search:person")).sendKeys("omar.haddad");
            pat.driver().findElement(By.id("search:emergencyOnly")).click();
            pat.clickAndWaitForTheNextPage(By.id("search:search-audit"));
            pat.waitForTitle("The audit");
            List<WebElement> rows = pat.driver().findElements(By.cssSelector("[id='results:events_data'] > tr"));
            List<String> texts = rows.stream().map(WebElement::getText).toList();
            pat.screenshot("privacy-audit-emergency");

            assertTrue(rows.stream().allMatch(row -> row.findElements(By.cssSelector(".emergency-flag")).size() == 1
                    && row.findElement(By.cssSelector(".emergency-flag")).getText().equals("Emergency access")),
                    "every row marked an emergency access in words: " + texts);
            assertTrue(texts.stream().anyMatch(row -> row.contains("BREAK_THE_GLASS") && row.contains("MRN-1002")
                    && row.contains(REASON)), "the opening, with its reason: " + texts);
            assertTrue(texts.stream().anyMatch(row -> row.contains("VIEW_PLAN") && row.contains("emergency access: " + REASON)),
                    "the reads under it: " + texts);
            assertTrue(rows.stream().anyMatch(row -> row.getText().contains("no valid reason stated")
                    && row.findElements(By.cssSelector(".refused-flag")).size() == 1),
                    "the attempt without a reason is listed too, marked refused: " + texts);
        }
    }

    @Test
    void aTeamMemberIsToldTheyDoNotNeedEmergencyAccessAndAClientCannotOpenTheForm() {
        long jordan = ClinicRecords.clientId("Lee");
        try (Browser priya = new Browser()) {
            priya.open(app() + "/clinician/emergency-access.xhtml?client=" + jordan);
            priya.signInOnKeycloak("priya.patel", PASSWORD);
            priya.waitForTitle("Emergency access");
            priya.driver().findElement(By.id("emergency:emergencyReason")).sendKeys("Checking whether I need this at all");
            priya.clickAndWaitForTheNextPage(By.id("emergency:open"));
            priya.waitForTitle("This page is not open to you");
            assertTrue(priya.text(By.id("refusal-reason")).contains("emergency access is not needed"),
                    priya.text(By.id("refusal-reason")));
        }
        try (Browser client = new Browser()) {
            client.open(app() + "/clinician/emergency-access.xhtml?client=" + jordan);
            client.signInOnKeycloak("jordan.lee", PASSWORD);
            client.waitForTitle("This page is not open to you");
            assertTrue(client.driver().findElements(By.id("emergency:emergencyReason")).isEmpty());
        }
    }

    @Test
    void fromTheMenuAPsychiatristOffEveryTeamFindsTheClientByRecordNumber() {
        try (Browser omar = signedIn("omar.haddad", "My caseload")) {
            omar.clickAndWaitForTheNextPage(By.id("nav-emergency-access"));
            omar.waitForTitle("Emergency access");
            omar.driver().findElement(By.id("emergency:recordNumber")).sendKeys("MRN-9999");
            omar.driver().findElement(By.id("emergency:emergencyReason")).sendKeys(REASON);
            omar.clickAndWaitForTheNextPage(By.id("emergency:open"));
            assertEquals("No client has the record number MRN-9999; check it and try again.",
                    omar.text(By.id("emergency:recordNumber-message")), "said beside the field");

            omar.driver().findElement(By.id("emergency:recordNumber")).clear();
            omar.driver().findElement(By.id("emergency:recordNumber")).sendKeys("MRN-1003");
            omar.clickAndWaitForTheNextPage(By.id("emergency:open"));
            omar.waitForTitle("Care plan of Casey Nguyen");
            assertTrue(omar.text(By.id("emergency-banner")).startsWith("Emergency access until "));
        }
    }
}
