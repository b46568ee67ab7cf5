package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A therapist's first day and last, in headless Chromium against the real Keycloak: clinic IT adds
 * her; she signs in with the temporary password, must choose her own, and sees an empty caseload;
 * she is appointed to a client's team and sees that client; clinic IT lets her go, and her open
 * browser session is refused at her next click and Keycloak refuses her next sign-in.
 */
class StaffOnboardingBrowserIT extends DeployedAlliance {

    private static final String USERNAME = "tessa.quinn";
    private static final String OWN_PASSWORD = "Tessa-chooses-her-own-1";

    @Test
    void clinicItAddsATherapistWhoSignsInChoosesHerPasswordWorksAndIsLetGo() {
        String temporary;
        try (Browser clinicIt = signedIn("ivan.petrov", "Care teams")) {
            clinicIt.driver().findElement(By.id("nav-staff")).click();
            clinicIt.waitForTitle("Staff");
            clinicIt.driver().findElement(By.id("add-staff")).click();
            clinicIt.waitForTitle("Add a staff member");
            type(clinicIt, "add:givenName", "Tessa");
            type(clinicIt, "add:familyName", "Quinn");
            new Select(clinicIt.driver().findElement(By.id("add:discipline")))
                    .selectByValue("PSYCHOTHERAPY");
            type(clinicIt, "add:credentials", "LCSW");
            type(clinicIt, "add:username", USERNAME);
            type(clinicIt, "add:email", USERNAME + "@clinic.example");
            clinicIt.driver().findElement(By.id("add:save")).click();
            temporary = clinicIt.text(By.id("temporary-password"));
            assertEquals(USERNAME, clinicIt.text(By.id("new-username")));
            clinicIt.screenshot("staff-added-temporary-password");

            try (Browser tessa = new Browser()) {
                tessa.open(app() + "/");
                tessa.signInOnKeycloak(USERNAME, temporary);
                WebElementWaits.visible(tessa, By.id("password-new")).sendKeys(OWN_PASSWORD);
                tessa.driver().findElement(By.id("password-confirm")).sendKeys(OWN_PASSWORD);
                tessa.screenshot("staff-chooses-own-password");
                tessa.driver().findElement(By.cssSelector("[type=submit]")).click();
                tessa.waitForTitle("My caseload");
                assertTrue(tessa.pageText().contains("You are not on any client's care team today"), tessa.pageText());

                ClinicRecords.joinTeam("Reed", USERNAME);
                tessa.driver().navigate().refresh();
                tessa.waitForTitle("My caseload");
                assertTrue(tessa.texts(By.cssSelector("td.client-name a.client-link")).contains("Taylor Reed"), tessa.pageText());

                clinicIt.driver().findElement(By.id("to-directory")).click();
                clinicIt.waitForTitle("Staff");
                clinicIt.driver().findElement(By.id("q")).sendKeys("quinn");
                clinicIt.driver().findElement(By.id("search")).click();
                clinicIt.waitFor(By.linkText("Tessa Quinn, LCSW")).click();
                clinicIt.waitForTitle("Tessa Quinn");
                assertTrue(clinicIt.text(By.id("teams-today")).contains("Taylor Reed"));
                clinicIt.clickAndWaitForTheNextPage(By.id("let-go-form:let-go"));
                assertFalse(clinicIt.text(By.id("let-go-form:confirmLetGo-message")).isBlank(), "asks to confirm first");
                clinicIt.driver().findElement(By.id("let-go-form:confirmLetGo")).click();
                clinicIt.clickAndWaitForTheNextPage(By.id("let-go-form:let-go"));
                new WebDriverWait(clinicIt.driver(), Duration.ofSeconds(30))
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Let go on"));
                clinicIt.screenshot("staff-let-go");

                tessa.driver().findElement(By.id("nav-caseload")).click();
                WebElementWaits.visible(tessa, By.id("username"));
                assertTrue(tessa.currentUrl().startsWith(TestSettings.keycloakUrl()),
                        "her Alliance session ended: the next click goes to Keycloak's sign-in, " + tessa.currentUrl());
                tessa.signInOnKeycloak(USERNAME, OWN_PASSWORD);
                new WebDriverWait(tessa.driver(), Duration.ofSeconds(30))
                        .until(driver -> driver.getPageSource().contains("Account is disabled"));
                tessa.screenshot("staff-let-go-sign-in-refused");
                assertTrue(tessa.currentUrl().startsWith(TestSettings.keycloakUrl()), tessa.currentUrl());
            }
        }
        assertEquals(List.of(), ClinicRecords.membershipsGoingOnAfterToday(USERNAME),
                "every team membership ended today");
    }

    private static void type(Browser browser, String id, String text) {
        browser.driver().findElement(By.id(id)).sendKeys(text);
    }

    /** Waits that Browser does not have. */
    private static final class WebElementWaits {
        static WebElement visible(Browser browser, By locator) {
            return new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(ExpectedConditions.visibilityOfElementLocated(locator));
        }
    }
}
