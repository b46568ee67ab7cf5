package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A goal whose target is a questionnaire's score, in the browser: the therapist sets "PHQ-9 score
 * at most N" on Alex's goal; the goal page follows it from Alex's own questionnaires, shows the
 * latest score and celebrates it reached, for the therapist and for Alex. A score outside the
 * questionnaire's range is refused beside the value, and nothing is saved.
 */
class ScoreTargetBrowserIT extends DeployedAlliance {

    private static final String WORDS = "I want to wake up without dreading the day";

    @Test
    void aTargetOnThePhq9IsFollowedFromTheClientsScoresAndCelebratedWhenReached() {
        long alex = ClinicRecords.clientId("Morgan");
        int latest = ClinicRecords.latestTotal(alex, "PHQ_9");
        long goal;
        try (Browser therapist = signedIn("sam.rivera", "My caseload")) {
            therapist.open(app() + "/clinician/care-plan.xhtml?client=" + alex);
            int goalsBefore = ClinicRecords.count("goal", alex);
            propose(therapist, "28");
            assertEquals("A PHQ-9 score is a whole number from 0 to 27.",
                    therapist.waitFor(By.id("proposal:targetValue-message")).getText());
            assertEquals(goalsBefore, ClinicRecords.count("goal", alex), "nothing is saved");

            propose(therapist, String.valueOf(latest));
            WebElement card = therapist.waitFor(By.xpath("//article[p[@class='words' and text()='" + WORDS + "']]"));
            goal = Long.parseLong(card.getAttribute("data-goal"));

            therapist.open(app() + "/clinician/goal.xhtml?goal=" + goal);
            String target = therapist.waitFor(By.id("latest-score")).getText();
            assertTrue(target.startsWith("Latest PHQ-9: " + latest + " ("), target);
            assertTrue(target.contains("Target reached!"), target);
            assertTrue(therapist.pageText().contains("Target: PHQ-9 score at most " + latest), therapist.pageText());
            assertTrue(therapist.text(By.id("celebration")).startsWith("The target is reached."));
        }

        try (Browser client = signedIn("alex.morgan", "My plan")) {
            client.open(app() + "/portal/goal.xhtml?goal=" + goal);
            String score = client.waitFor(By.id("latest-score")).getText();
            assertTrue(score.startsWith("Latest PHQ-9: " + latest + " ("), score);
            assertTrue(score.contains("Target reached!"), score);
            assertTrue(client.text(By.id("celebration")).startsWith("The target is reached."));
        }
    }

    private static void propose(Browser therapist, String score) {
        WebElement words = therapist.waitFor(By.id("proposal:clientWords"));
        words.clear();
        words.sendKeys(WORDS);
        new Select(therapist.driver().findElement(By.id("proposal:lifeArea"))).selectByValue("MENTAL_HEALTH");
        WebElement owner = therapist.driver().findElement(By.cssSelector("input[name='proposal:owners'][value='PSYCHOTHERAPY']"));
        if (!owner.isSelected()) {
            owner.click();
        }
        new Select(therapist.driver().findElement(By.id("proposal:targetInstrument"))).selectByValue("PHQ_9");
        new Select(therapist.driver().findElement(By.id("proposal:targetDirection"))).selectByValue("AT_MOST");
        WebElement value = therapist.driver().findElement(By.id("proposal:targetValue"));
        value.clear();
        value.sendKeys(score);
        therapist.clickAndWaitForTheNextPage(By.id("proposal:propose"));
    }
}
