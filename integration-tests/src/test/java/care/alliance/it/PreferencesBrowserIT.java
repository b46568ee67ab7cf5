package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * "How to work with me", in the browser: the care manager records it with the client and everyone
 * on the team reads it at the top of the plan; the client changes it in the portal, and choosing
 * Spanish turns their portal into Spanish from then on.
 */
class PreferencesBrowserIT extends DeployedAlliance {

    @AfterAll
    static void alexReadsEnglishAgainForTheOtherTests() throws SQLException {
        ClinicRecords.execute("update client set preferred_language = 'en' where username = 'alex.morgan'");
    }

    @Test
    void theTeamRecordsHowToWorkWithTheClientAndEveryoneOnTheTeamReadsIt() {
        long jordan = ClinicRecords.clientId("Lee");
        try (Browser careManager = signedIn("maria.gomez", "My caseload")) {
            careManager.open(app() + "/clinician/care-plan.xhtml?client=" + jordan);
            assertTrue(careManager.text(By.id("how-to-work-with-me")).contains("Nothing recorded yet"));
            careManager.driver().findElement(By.id("edit-preferences")).click();
            careManager.waitForTitle("How to work with Jordan Lee");
            new Select(careManager.driver().findElement(By.id("preferences:pace"))).selectByValue("BRISK");
            careManager.driver().findElement(By.cssSelector("input[name='preferences:support'][value='MOSTLY_ADVICE']")).click();
            careManager.driver().findElement(By.id("preferences:didNotHelp"))
                    .sendKeys("Long silences in sessions; I need the therapist to talk too.");
            careManager.driver().findElement(By.id("preferences:save")).click();
            careManager.waitFor(By.id("how-to-work-with-me"));
            String card = careManager.text(By.id("how-to-work-with-me"));
            assertTrue(card.contains("Keep things moving") && card.contains("Mostly advice and ideas")
                    && card.contains("Long silences in sessions"), card);
            assertTrue(card.contains("Last changed by maria.gomez"), card);
        }
        try (Browser psychiatrist = signedIn("priya.patel", "My caseload")) {
            psychiatrist.open(app() + "/clinician/care-plan.xhtml?client=" + jordan);
            assertTrue(psychiatrist.text(By.id("how-to-work-with-me")).contains("Long silences in sessions"),
                    "the whole team reads it");
            psychiatrist.screenshot("care-plan-how-to-work-with-me");
        }
    }

    @Test
    void theClientChangesTheirPreferencesAndReadsTheirPortalInSpanish() throws IOException {
        Properties spanish = bundle("messages_es.properties");
        try (Browser client = signedIn("alex.morgan", "My plan")) {
            client.driver().findElement(By.id("nav-preferences")).click();
            client.waitForTitle("How to work with me");
            assertEquals("Alex", client.driver().findElement(By.id("preferences:preferredName")).getAttribute("value"));
            client.driver().findElement(By.id("preferences:accessibilityNeeds")).clear();
            client.driver().findElement(By.id("preferences:accessibilityNeeds"))
                    .sendKeys("Afternoons, and written summaries after each session.");
            new Select(client.driver().findElement(By.id("preferences:language"))).selectByValue("SPANISH");
            client.driver().findElement(By.id("preferences:save")).click();

            client.waitForTitle(spanish.getProperty("preferences.portal.title"));
            assertEquals("es", client.driver().findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals(spanish.getProperty("done.portal.preferences"), client.text(By.id("messages")));
            assertEquals(spanish.getProperty("nav.myPlan"), client.text(By.id("nav-my-plan")));
            assertEquals("Afternoons, and written summaries after each session.",
                    client.driver().findElement(By.id("preferences:accessibilityNeeds")).getAttribute("value"));

            client.driver().findElement(By.id("nav-my-plan")).click();
            client.waitForTitle(spanish.getProperty("portal.plan.title"));
            assertTrue(client.pageText().contains(spanish.getProperty("portal.plan.intro")), client.pageText());
            client.screenshot("portal-home-spanish");
        }
        try (Browser again = signedIn("alex.morgan", spanish.getProperty("portal.plan.title"))) {
            assertEquals("es", again.driver().findElement(By.tagName("html")).getAttribute("lang"),
                    "the preferred language is used from the moment the client signs in");
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("..", "web", "src", "main", "resources", "care", "alliance", "web", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
