package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A client's portal account, in headless Chromium against the real Keycloak: a care manager
 * registers a client with a portal account and sees its temporary password once; the client signs
 * in with it, must choose their own password, lands on their own (empty) plan and sees their care
 * team, led by the care manager; the care manager closes the account, and the client's next click
 * is sent to sign in, where Keycloak refuses them.
 */
class PortalAccountBrowserIT extends DeployedAlliance {

    private static final String USERNAME = "paz.olmedo";
    private static final String OWN_PASSWORD = "Paz-chooses-her-own-1";

    @Test
    void aCareManagerRegistersAClientWithAPortalAccountWhoSignsInSeesTheirPlanAndTeamAndIsClosedOut() {
        try (Browser careManager = signedIn("maria.gomez", "My caseload")) {
            careManager.driver().findElement(By.id("nav-register-client")).click();
            careManager.waitForTitle("Register a client");
            type(careManager, "register:givenName", "Paz");
            type(careManager, "register:familyName", "Olmedo");
            careManager.driver().executeScript("arguments[0].value = arguments[1];",
                    careManager.driver().findElement(By.id("register:dateOfBirth")), LocalDate.of(1992, 6, 14).toString());
            type(careManager, "register:recordNumber", "IT-3001");
            type(careManager, "register:username", USERNAME);
            // with no email Keycloak would ask the client for one at first sign-in
            type(careManager, "register:email", USERNAME + "@clients.example");
            careManager.driver().findElement(By.id("register:save")).click();
            String temporary = careManager.text(By.id("temporary-password"));
            assertEquals(USERNAME, careManager.text(By.id("new-username")));
            assertTrue(careManager.text(By.id("messages")).contains("registered with their portal account"),
                    careManager.text(By.id("messages")));
            careManager.screenshot("client-registered-with-portal-account");

            careManager.driver().findElement(By.id("to-care-team")).click();
            careManager.waitForTitle("Forming the care team of Paz Olmedo");
            assertFalse(careManager.pageText().contains(temporary), "the temporary password is shown once");
            careManager.driver().findElement(By.id("to-portal-account")).click();
            careManager.waitForTitle("Portal account of Paz Olmedo");
            assertTrue(careManager.text(By.id("portal-status")).contains(USERNAME));
            assertFalse(careManager.pageText().contains(temporary), "the temporary password is shown once");

            try (Browser client = new Browser()) {
                client.open(app() + "/");
                client.signInOnKeycloak(USERNAME, temporary);
                visible(client, By.id("password-new")).sendKeys(OWN_PASSWORD);
                client.driver().findElement(By.id("password-confirm")).sendKeys(OWN_PASSWORD);
                client.driver().findElement(By.cssSelector("[type=submit]")).click();
                client.waitForTitle("My plan");
                client.screenshot("client-first-sign-in-own-plan");
                client.driver().findElement(By.id("nav-my-team")).click();
                client.waitForTitle("My care team");
                assertTrue(client.pageText().contains("Maria Gomez"), client.pageText());

                careManager.clickAndWaitForTheNextPage(By.id("close:close-account"));
                assertFalse(careManager.text(By.id("close:confirmClose-message")).isBlank(), "asks to confirm first");
                careManager.driver().findElement(By.id("close:confirmClose")).click();
                careManager.clickAndWaitForTheNextPage(By.id("close:close-account"));
                new WebDriverWait(careManager.driver(), Duration.ofSeconds(30)).until(ExpectedConditions
                        .textToBePresentInElementLocated(By.id("portal-status"), "No portal account"));
                careManager.screenshot("client-portal-account-closed");

                client.driver().findElement(By.id("nav-my-plan")).click();
                visible(client, By.id("username"));
                assertTrue(client.currentUrl().startsWith(TestSettings.keycloakUrl()),
                        "their Alliance session ended: the next click goes to Keycloak's sign-in, " + client.currentUrl());
                client.signInOnKeycloak(USERNAME, OWN_PASSWORD);
                new WebDriverWait(client.driver(), Duration.ofSeconds(30))
                        .until(driver -> driver.getPageSource().contains("Account is disabled"));
                assertTrue(client.currentUrl().startsWith(TestSettings.keycloakUrl()), client.currentUrl());
            }
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static WebElement visible(Browser browser, By locator) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
