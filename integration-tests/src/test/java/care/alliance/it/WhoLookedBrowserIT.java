package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * "Who looked at my plan": the client sees, under today's date, the therapist who just opened their
 * plan, with her discipline and the time; a clinician turned away from the plan is not listed, and
 * nobody but the client may open the page.
 */
class WhoLookedBrowserIT extends DeployedAlliance {

    @Test
    void theClientSeesTheTherapistWhoOpenedTheirPlanToday() {
        String plan = app() + "/clinician/care-plan.xhtml?client=" + ClinicRecords.clientId("Morgan");
        try (Browser sam = new Browser()) {
            sam.open(plan);
            sam.signInOnKeycloak("sam.rivera", PASSWORD);
            sam.waitForTitle("Care plan of Alex Morgan");
        }
        try (Browser nina = new Browser()) {
            nina.open(plan);
            nina.signInOnKeycloak("nina.brooks", PASSWORD);
            nina.waitForTitle("This page is not open to you");
        }

        try (Browser alex = new Browser()) {
            alex.open(app() + "/");
            alex.signInOnKeycloak("alex.morgan", PASSWORD);
            alex.waitForTitle("My plan");
            alex.driver().findElement(By.id("nav-who-looked")).click();
            alex.waitForTitle("Who looked at my plan");

            List<String> days = alex.texts(By.cssSelector("#who-looked .reading-day h2"));
            String firstDay = alex.text(By.cssSelector("#who-looked .reading-day"));
            alex.screenshot("portal-who-looked");

            assertFalse(days.isEmpty(), "at least today");
            assertTrue(firstDay.contains("Sam Rivera, LCSW · Therapy — opened it at"), firstDay);
            assertFalse(alex.text(By.id("who-looked")).contains("Nina Brooks"), "turned away, so she did not look");
            assertEquals(List.of(), alex.texts(By.id("nobody-looked")));
        }
    }

    @Test
    void aClinicianCannotOpenAClientsWhoLookedPage() {
        try (Browser sam = new Browser()) {
            sam.open(app() + "/portal/who-looked.xhtml");
            sam.signInOnKeycloak("sam.rivera", PASSWORD);
            sam.waitForTitle("This page is not open to you");
            assertFalse(sam.pageText().contains("opened it at"));
        }
    }
}
