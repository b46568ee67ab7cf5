package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * A care plan shows the goals being worked on and folds the closed ones: Jordan Lee's psychiatrist
 * reads that some are closed, unfolds them from the keyboard (Enter on the link), opens the achieved
 * one, and folds them again.
 */
class ClosedGoalsBrowserIT extends DeployedAlliance {

    private static final String ACHIEVED = "Call my sister every Sunday";
    private static final String DISCONTINUED = "Find a part-time job";

    @Test
    void thePsychiatristUnfoldsJordansClosedGoalsAndReadsOne() {
        long jordan = ClinicRecords.clientId("Lee");
        int closed = ClinicRecords.closedGoalsOf(jordan);
        try (Browser priya = signedIn("priya.patel", "My caseload")) {
            priya.open(app() + "/clinician/care-plan.xhtml?client=" + jordan);
            priya.waitForTitle("Care plan of Jordan Lee");
            String folded = priya.pageText();
            assertFalse(folded.contains(ACHIEVED) || folded.contains(DISCONTINUED), "closed goals are folded: " + folded);
            assertTrue(priya.driver().findElements(By.id("closed-goals")).isEmpty());
            WebElement show = priya.waitFor(By.id("show-closed-goals"));
            assertEquals("Show the " + closed + " closed goals (achieved or discontinued)", show.getText());
            assertEquals("a", show.getTagName(), "a real link, which the keyboard reaches and follows");
            String href = show.getAttribute("href");
            assertTrue(href.contains("closed=true") && href.endsWith("#closed-goals"), href);

            show.sendKeys(Keys.ENTER);
            priya.waitUntilGone(show);
            assertTrue(priya.currentUrl().contains("closed=true"), "Enter followed the link: " + priya.currentUrl());
            String unfolded;
            try {
                unfolded = priya.waitFor(By.id("closed-goals")).getText();
            } catch (TimeoutException e) {
                throw new AssertionError("no closed goals at " + priya.currentUrl() + ": " + priya.pageText(), e);
            }
            assertTrue(unfolded.contains("Closed goals (" + closed + ")"), unfolded);
            assertTrue(unfolded.contains(ACHIEVED) && unfolded.contains(DISCONTINUED), unfolded);
            WebElement achieved = priya.driver().findElement(By.xpath(
                    "//section[@id='closed-goals']//article[p[@class='words' and text()='" + ACHIEVED + "']]"));
            assertTrue(achieved.getText().contains("Achieved"), achieved.getText());
            assertTrue(priya.driver().findElements(By.id("show-closed-goals")).isEmpty(), "unfolded, the link to unfold is gone");
            priya.screenshot("care-plan-closed-goals");

            priya.clickAndWaitForTheNextPage(By.xpath("//section[@id='closed-goals']//article[p[@class='words' and text()='"
                    + ACHIEVED + "']]//a[contains(@class,'open-goal')]"));
            assertEquals(ACHIEVED, priya.text(By.id("goal-words")));
            assertEquals("Achieved", priya.text(By.id("goal-status")));

            priya.driver().navigate().back();
            priya.clickAndWaitForTheNextPage(By.id("hide-closed-goals"));
            priya.waitFor(By.id("show-closed-goals"));
            assertTrue(priya.driver().findElements(By.id("closed-goals")).isEmpty(), "folded again");
        }
    }
}
