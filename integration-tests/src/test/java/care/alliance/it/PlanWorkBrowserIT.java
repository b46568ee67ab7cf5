package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Working on the plan between sessions, in the browser: the therapist writes down a concern, a
 * strength and notes, and gives the client a step toward an agreed goal; the client takes the step
 * on, ticks it off, checks in on the goal and sees the target reached celebrated, and reads the
 * note written for them but never the team's own.
 */
class PlanWorkBrowserIT extends DeployedAlliance {

    @Test
    void theTeamAndTheClientWorkOnTheSamePlan() {
        long jordan = ClinicRecords.clientId("Lee");
        long goal = ClinicRecords.seedGoal(jordan, "Go to the gym with my brother", "AGREED");

        try (Browser therapist = signedIn("sam.rivera", "My caseload")) {
            therapist.open(app() + "/clinician/care-plan.xhtml?client=" + jordan);
            therapist.waitFor(By.cssSelector("#concern-details > summary")).click();
            therapist.waitFor(By.id("concern:words")).sendKeys("I can't get going in the mornings");
            therapist.driver().findElement(By.id("concern:summary")).sendKeys("Low energy, early waking");
            therapist.driver().findElement(By.id("concern:add")).click();
            therapist.waitFor(By.cssSelector("#strength-details > summary")).click();
            therapist.waitFor(By.id("strength:text")).sendKeys("Close to his brother");
            therapist.driver().findElement(By.id("strength:add")).click();
            writeNote(therapist, "Team only: discuss sleep hygiene at the next review", "CARE_TEAM");
            writeNote(therapist, "Great to see you last week, Jordan. Keep it up!", "CLIENT_VISIBLE");

            String plan = therapist.text(By.id("concerns"));
            assertTrue(plan.contains("I can't get going in the mornings") && plan.contains("Close to his brother"), plan);
            String notes = therapist.text(By.id("notes"));
            assertTrue(notes.contains("Team only: discuss sleep hygiene") && notes.contains("Keep it up!"), notes);

            therapist.open(app() + "/clinician/goal.xhtml?goal=" + goal);
            therapist.waitFor(By.id("task:description")).sendKeys("Walk to the gym on Monday");
            new Select(therapist.driver().findElement(By.id("task:for"))).selectByValue("CLIENT");
            new Select(therapist.driver().findElement(By.id("task:frequency"))).selectByValue("WEEKLY");
            therapist.driver().findElement(By.id("task:add")).click();
            assertTrue(therapist.text(By.id("tasks")).contains("waiting for the client to take it on"),
                    therapist.text(By.id("tasks")));
            therapist.open(app() + "/clinician/care-plan.xhtml?client=" + jordan);
            assertTrue(therapist.text(By.id("column-OPEN")).startsWith("To do ("), "the task board has a column per status");
            assertTrue(therapist.text(By.id("task-board")).contains("Walk to the gym on Monday"), "the step is on the board");
            therapist.screenshot("team-care-plan");
        }

        try (Browser client = signedIn("jordan.lee", "My plan")) {
            client.driver().findElement(By.id("nav-my-plan")).click();
            String notes = client.text(By.id("my-notes"));
            assertTrue(notes.contains("Keep it up!"), notes);
            assertFalse(client.pageText().contains("Team only"), "team notes never reach the portal");
            assertFalse(client.pageText().contains("Low energy, early waking"), "clinical summaries stay with the team");

            client.clickAndWaitForTheNextPage(By.cssSelector("#my-steps .agree-task"));
            client.clickAndWaitForTheNextPage(By.cssSelector("#my-steps .done-task"));
            client.waitFor(By.id("messages"));
            assertFalse(client.text(By.id("my-steps")).contains("Walk to the gym on Monday"), "a done step leaves the list");

            client.open(app() + "/portal/goal.xhtml?goal=" + goal);
            assertTrue(client.pageText().contains("Target: times a week at least 3"), "the target reads as words");
            client.waitFor(By.id("check-in:rating")).sendKeys("8");
            client.driver().findElement(By.id("check-in:value")).sendKeys("3");
            client.driver().findElement(By.id("check-in:note")).sendKeys("Went three times this week!");
            client.driver().findElement(By.id("check-in:save")).click();

            assertTrue(client.text(By.id("celebration")).contains("The target is reached"));
            String progress = client.text(By.id("progress"));
            assertTrue(progress.contains("8/10") && progress.contains("Target reached!"), progress);
            assertTrue(client.text(By.id("tasks")).contains("done"), client.text(By.id("tasks")));
            client.screenshot("portal-goal-progress");
        }
    }

    private static void writeNote(Browser browser, String body, String visibility) {
        browser.waitFor(By.cssSelector("#note-details > summary")).click();
        browser.waitFor(By.id("note:body")).sendKeys(body);
        new Select(browser.driver().findElement(By.id("note:visibility"))).selectByValue(visibility);
        browser.driver().findElement(By.id("note:write")).click();
        browser.waitFor(By.id("messages"));
    }
}
