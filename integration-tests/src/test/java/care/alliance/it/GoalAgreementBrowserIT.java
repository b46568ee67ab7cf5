package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Setting a goal together, in the browser: a therapist proposes it in the client's words, the
 * client asks for a change, the therapist revises it, the client and the psychiatrist agree, and
 * all three see it agreed with its history. And nobody opens a plan that is not theirs by
 * changing the address.
 */
class GoalAgreementBrowserIT extends DeployedAlliance {

    private static final String FIRST_WORDS = "I want to get out of the house and walk most days";
    private static final String REVISED_WORDS = "I want to walk three days a week, to start with";

    @Test
    void aTherapistAndTheClientAgreeAGoalWithThePsychiatrist() {
        long alex = ClinicRecords.clientId("Morgan");
        long goal;
        try (Browser therapist = signedIn("sam.rivera", "My caseload")) {
            therapist.open(app() + "/clinician/care-plan.xhtml?client=" + alex);
            therapist.waitFor(By.id("proposal:clientWords")).sendKeys(FIRST_WORDS);
            new Select(therapist.driver().findElement(By.id("proposal:lifeArea"))).selectByValue("MENTAL_HEALTH");
            check(therapist, "PSYCHOTHERAPY");
            check(therapist, "PSYCHIATRY");
            therapist.driver().findElement(By.id("proposal:propose")).click();

            WebElement card = therapist.waitFor(By.xpath("//article[p[@class='words' and text()='" + FIRST_WORDS + "']]"));
            assertTrue(card.getText().contains("Proposed"), card.getText());
            assertTrue(card.getText().contains("Waiting for: Client, Psychiatry"), card.getText());
            goal = Long.parseLong(card.getAttribute("data-goal"));

            therapist.driver().findElement(By.id("nav-caseload")).click();
            String alexsRow = therapist.waitFor(By.xpath("//tr[td[contains(@class,'client-name')]//a[text()='Alex Morgan']]")).getText();
            assertTrue(alexsRow.contains("Client: ") && alexsRow.contains("Psychiatry: "),
                    "the caseload shows whose agreement Alex's goals wait for: " + alexsRow);
        }

        try (Browser client = signedIn("alex.morgan", "My plan")) {
            client.driver().findElement(By.id("nav-my-plan")).click();
            client.waitFor(By.cssSelector("#waiting article[data-goal='" + goal + "'] a.open-goal")).click();
            client.waitFor(By.id("answer:comment")).sendKeys("Most days is too much for now. Could it be three days?");
            client.driver().findElement(By.id("answer:askForChange")).click();
            assertTrue(client.waitFor(By.id("answers")).getText().contains("Client: asked for a change"));
        }

        try (Browser therapist = signedIn("sam.rivera", "My caseload")) {
            therapist.open(app() + "/clinician/goal.xhtml?goal=" + goal);
            WebElement words = therapist.waitFor(By.id("revise:clientWords"));
            words.clear();
            words.sendKeys(REVISED_WORDS);
            therapist.driver().findElement(By.id("revise:reason")).sendKeys("Alex asked to start with three days");
            therapist.driver().findElement(By.id("revise:save")).click();
            therapist.waitForText(By.id("goal-words"), REVISED_WORDS);
            assertEquals("Proposed", therapist.text(By.id("goal-status")));
        }

        answerAgree("alex.morgan", "My plan", "/portal/goal.xhtml?goal=" + goal);
        answerAgree("priya.patel", "My caseload", "/clinician/goal.xhtml?goal=" + goal);

        for (String[] person : List.of(new String[] {"sam.rivera", "My caseload", "/clinician/goal.xhtml?goal="},
                new String[] {"alex.morgan", "My plan", "/portal/goal.xhtml?goal="},
                new String[] {"priya.patel", "My caseload", "/clinician/goal.xhtml?goal="})) {
            try (Browser browser = signedIn(person[0], person[1])) {
                browser.open(app() + person[2] + goal);
                assertEquals("Agreed", browser.text(By.id("goal-status")), person[0] + " sees it agreed");
                List<String> history = browser.texts(By.cssSelector("#history > li"));
                assertEquals(2, history.size(), person[0] + " sees both versions");
                assertTrue(history.get(0).contains("Version 2 by sam.rivera"), history.get(0));
                assertTrue(history.get(0).contains("Alex asked to start with three days"), history.get(0));
                assertTrue(history.get(0).contains(FIRST_WORDS) && history.get(0).contains(REVISED_WORDS),
                        "the difference is shown: " + history.get(0));
                if (person[0].equals("alex.morgan")) {
                    browser.screenshot("portal-goal-agreed");
                } else if (person[0].equals("sam.rivera")) {
                    browser.screenshot("team-goal-agreed");
                }
            }
        }
    }

    @Test
    void aTherapistReframesAGoalAndTheClientsGoalPageAndHistoryHoldNoWordOfIt() {
        long alex = ClinicRecords.clientId("Morgan");
        long goal = ClinicRecords.seedGoal(alex, "Take the bus into town on my own");
        try (Browser therapist = signedIn("sam.rivera", "My caseload")) {
            reframe(therapist, goal, "Avoidance maintained by a panic cycle", "Formulation after the first session");
            reframe(therapist, goal, "Agoraphobic avoidance; interoceptive exposure first", "Sharper after the second");
            List<String> history = therapist.texts(By.cssSelector("#history > li"));
            assertTrue(history.get(0).contains("interoceptive exposure"), "the team sees the change: " + history.get(0));
        }
        try (Browser client = signedIn("alex.morgan", "My plan")) {
            client.open(app() + "/portal/goal.xhtml?goal=" + goal);
            client.waitFor(By.id("history"));
            String page = client.driver().getPageSource();
            for (String word : List.of("panic", "Agoraphobic", "interoceptive", "Formulation", "Sharper", "framing")) {
                assertTrue(!page.contains(word), "the client's goal page says \"" + word + "\"");
            }
            assertEquals(3, client.texts(By.cssSelector("#history > li")).size(),
                    "the client still sees that the goal has three versions");
        }
    }

    private void reframe(Browser therapist, long goal, String framing, String reason) {
        therapist.open(app() + "/clinician/goal.xhtml?goal=" + goal);
        WebElement field = therapist.waitFor(By.id("revise:framing"));
        field.clear();
        field.sendKeys(framing);
        therapist.driver().findElement(By.id("revise:reason")).sendKeys(reason);
        therapist.driver().findElement(By.id("revise:save")).click();
        therapist.waitFor(By.id("history"));
    }

    @Test
    void nobodyOpensAPlanOutsideTheirTeamsOrAnotherClientsGoalByChangingTheAddress() {
        long alex = ClinicRecords.clientId("Morgan");
        long alexsGoal = ClinicRecords.seedGoal(alex, "Cook a proper meal twice a week");

        try (Browser formerTherapist = signedIn("lee.chen", "My caseload")) {
            formerTherapist.open(app() + "/clinician/care-plan.xhtml?client=" + alex);
            assertTrue(formerTherapist.title().contains("This page is not open to you"), formerTherapist.title());
            formerTherapist.open(app() + "/clinician/goal.xhtml?goal=" + alexsGoal);
            assertTrue(formerTherapist.title().contains("This page is not open to you"), formerTherapist.title());
            assertTrue(!formerTherapist.pageText().contains("Cook a proper meal"), "nothing of the goal shows");
        }
        try (Browser otherClient = signedIn("jordan.lee", "My plan")) {
            otherClient.open(app() + "/portal/goal.xhtml?goal=" + alexsGoal);
            assertTrue(otherClient.title().contains("This page is not open to you"), otherClient.title());
            otherClient.open(app() + "/clinician/care-plan.xhtml?client=" + alex);
            assertTrue(otherClient.title().contains("This page is not open to you"), otherClient.title());
        }
    }

    private void answerAgree(String username, String home, String goalPage) {
        try (Browser browser = signedIn(username, home)) {
            browser.open(app() + goalPage);
            browser.waitFor(By.id("answer:agree")).click();
            browser.waitFor(By.id("answers"));
        }
    }

    private static void check(Browser browser, String discipline) {
        browser.driver().findElement(By.cssSelector("input[name='proposal:owners'][value='" + discipline + "']")).click();
    }
}
