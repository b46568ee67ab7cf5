package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Rupture and repair, in the browser: the client checks in after a session with a low bond; their
 * therapist sees the possible rupture on the caseload, opens the plan, logs how it was talked
 * through; the plan shows it repaired and the trend chart has the new check-in.
 */
class AllianceBrowserIT extends DeployedAlliance {

    private static final By ALEX_ROW = By.xpath("//tr[.//a[normalize-space()='Alex Morgan']]");

    @Test
    void aLowBondIsNoticedTalkedThroughAndShownRepaired() {
        long alex = ClinicRecords.clientId("Morgan");

        try (Browser client = signedIn("alex.morgan", "My plan")) {
            client.driver().findElement(By.id("start-check-in")).click();
            client.waitForTitle("How was your session?");
            choose(client, "goals", 4);
            choose(client, "tasks", 4);
            choose(client, "bond", 1);
            client.driver().findElement(By.id("check-in:comment")).sendKeys("I felt judged when we talked about drinking.");
            client.screenshot("portal-alliance-check-in");
            client.driver().findElement(By.id("check-in:send")).click();
            client.waitForTitle("My plan");
            assertTrue(client.text(By.id("messages")).contains("Thank you for telling us"), client.text(By.id("messages")));
            assertFalse(client.pageText().contains("rupture"), "the client is not shown the team's reading");
        }

        try (Browser therapist = signedIn("sam.rivera", "My caseload")) {
            WebElement alexRow = therapist.waitFor(ALEX_ROW);
            WebElement flag = alexRow.findElement(By.className("rupture-flag"));
            assertEquals("Possible rupture: talk it through", flag.getText());
            therapist.screenshot("caseload-possible-rupture");
            flag.click();
            therapist.waitFor(By.id("rupture-alert"));
            WebElement open = therapist.waitFor(By.cssSelector("#alliance .rupture.open"));
            String signs = open.getText();
            assertTrue(signs.contains("Bond: the client answered 1 of 5."), signs);
            assertTrue(signs.contains("I felt judged when we talked about drinking."), signs);

            open.findElement(By.cssSelector("textarea[id$='whatHappened']"))
                    .sendKeys("I pushed the drinking diary before Alex was ready.");
            open.findElement(By.cssSelector("textarea[id$='howAddressed']"))
                    .sendKeys("Named it at the start of today's session and asked how it landed.");
            open.findElement(By.cssSelector("textarea[id$='outcome']"))
                    .sendKeys("Alex felt heard; the diary waits until Alex brings it up.");
            open.findElement(By.cssSelector("input[id$='log']")).click();

            therapist.waitFor(By.id("messages"));
            assertTrue(therapist.text(By.id("messages")).contains("The repair is logged"), therapist.text(By.id("messages")));
            assertTrue(therapist.driver().findElements(By.id("rupture-alert")).isEmpty(), "no open rupture is left");
            assertTrue(therapist.driver().findElements(By.cssSelector("#alliance .rupture.open")).isEmpty());
            String repaired = therapist.text(By.cssSelector("#alliance .rupture.repaired"));
            assertTrue(repaired.startsWith("Rupture repaired"), repaired);
            assertTrue(repaired.contains("the diary waits until Alex brings it up"), repaired);
            assertTrue(repaired.contains("Logged by sam.rivera (Therapy)"), repaired);

            int checkIns = ClinicRecords.allianceCheckInsOf(alex);
            List<WebElement> rows = therapist.driver().findElements(By.cssSelector("#alliance-check-ins tbody tr"));
            assertEquals(Math.min(6, checkIns), rows.size(), "the table lists the latest six check-ins, the new one too");
            assertTrue(rows.get(rows.size() - 1).getText().contains("I felt judged"), rows.get(rows.size() - 1).getText());
            int dots = therapist.driver().findElements(By.cssSelector("#alliance-trend circle")).size();
            assertEquals(3 * rows.size(), dots, "one point per check-in shown on each of the three lines");
            assertEquals(3, therapist.driver().findElements(By.cssSelector("#alliance-trend polyline")).size());
            therapist.driver().executeScript("document.getElementById('alliance').scrollIntoView()");
            therapist.screenshot("care-plan-alliance-repaired");

            therapist.open(app() + "/clinician/care-plan.xhtml?client=" + alex + "&allCheckIns=true#alliance");
            therapist.waitFor(By.id("alliance-check-ins"));
            List<WebElement> every = therapist.driver().findElements(By.cssSelector("#alliance-check-ins tbody tr"));
            assertEquals(checkIns, every.size(), "unfolded, the table lists every check-in");
            assertTrue(every.get(every.size() - 1).getText().contains("I felt judged"), every.get(every.size() - 1).getText());

            therapist.open(app() + "/clinician/caseload.xhtml");
            assertTrue(therapist.waitFor(ALEX_ROW).findElements(By.className("rupture-flag")).isEmpty(),
                    "the caseload no longer flags Alex");
        }
        assertTrue(ClinicRecords.auditOf("sam.rivera").stream()
                .anyMatch(row -> row.action().equals("LOG_REPAIR") && row.clientId() == alex
                        && row.outcome().equals("ALLOWED")), "the repair is audited");
    }

    private static void choose(Browser browser, String item, int score) {
        browser.driver().findElement(By.cssSelector("input[name='check-in:" + item + "'][value='" + score + "']")).click();
    }
}
