package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Enrolment in the browser, as a care manager does it: register a client, be refused a second
 * registration under the same record number (the refusal names the first client), appoint a
 * therapist to the new client's team — who then sees the client on their caseload — and release
 * them with a reason, after which they no longer do; the team's history shows both.
 */
class EnrolmentBrowserIT extends DeployedAlliance {

    private static final By CASELOAD_NAMES = By.cssSelector("td.client-name a.client-link");
    private static final String THERAPIST = "Lee Chen, PsyD · Therapy";

    @Test
    void aCareManagerRegistersAClientAndFormsTheirTeamAndTheTherapistsCaseloadFollows() {
        LocalDate today = LocalDate.now();
        try (Browser careManager = signedIn("maria.gomez", "My caseload")) {
            careManager.driver().findElement(By.id("nav-register-client")).click();
            careManager.waitForTitle("Register a client");
            type(careManager, "register:givenName", "Rosario");
            type(careManager, "register:familyName", "Quintero");
            type(careManager, "register:preferredName", "Rosa");
            type(careManager, "register:pronouns", "she/her");
            date(careManager, "register:dateOfBirth", LocalDate.of(1987, 3, 21));
            new Select(careManager.driver().findElement(By.id("register:language"))).selectByValue("SPANISH");
            type(careManager, "register:recordNumber", "it-2001");
            careManager.driver().findElement(By.id("register:save")).click();

            careManager.waitForTitle("Forming the care team of Rosa Quintero");
            assertTrue(careManager.text(By.id("messages")).contains("The client is registered"),
                    careManager.text(By.id("messages")));
            assertTrue(careManager.text(By.id("record-number")).contains("IT-2001"));
            assertTrue(careManager.text(By.id("today")).contains("Maria Gomez, RN"), "the care manager leads the new team");
            String teamPage = careManager.currentUrl();

            careManager.driver().findElement(By.id("nav-register-client")).click();
            careManager.waitForTitle("Register a client");
            type(careManager, "register:givenName", "Rosalind");
            type(careManager, "register:familyName", "Other");
            date(careManager, "register:dateOfBirth", LocalDate.of(1990, 1, 1));
            type(careManager, "register:recordNumber", "IT-2001");
            careManager.driver().findElement(By.id("register:save")).click();
            String refusal = careManager.text(By.id("register:recordNumber-message"));
            assertEquals("Rosa Quintero is already registered under the record number IT-2001; open their record"
                    + " instead of registering them again.", refusal);
            assertTrue(careManager.text(By.id("messages")).contains("Nothing was saved"));
            careManager.screenshot("register-client-duplicate-refused");

            careManager.open(teamPage);
            careManager.waitForTitle("Forming the care team of Rosa Quintero");
            new Select(careManager.driver().findElement(By.id("appoint:staffMember"))).selectByVisibleText(THERAPIST);
            new Select(careManager.driver().findElement(By.id("appoint:teamRole"))).selectByValue("MEMBER");
            date(careManager, "appoint:firstDayOnTeam", today.minusDays(7));
            careManager.driver().findElement(By.id("appoint:save")).click();
            careManager.waitFor(By.id("messages"));
            assertTrue(careManager.text(By.id("messages")).contains("The staff member is appointed"),
                    careManager.text(By.id("messages")));
            assertTrue(careManager.text(By.id("today")).contains("Lee Chen, PsyD"));

            try (Browser therapist = signedIn("lee.chen", "My caseload")) {
                assertTrue(therapist.texts(CASELOAD_NAMES).contains("Rosa Quintero"), "appointed: " + therapist.texts(CASELOAD_NAMES));

                new Select(careManager.driver().findElement(By.id("release:staffMember"))).selectByVisibleText(THERAPIST);
                date(careManager, "release:lastDayOnTeam", today.minusDays(1));
                type(careManager, "release:releaseReason", "Rosa chose the Thursday group instead");
                careManager.driver().findElement(By.id("release:save")).click();
                careManager.waitFor(By.id("messages"));
                assertTrue(careManager.text(By.id("messages")).contains("The member is released"),
                        careManager.text(By.id("messages")));

                therapist.open(app() + "/clinician/caseload.xhtml");
                therapist.waitForTitle("My caseload");
                List<String> after = therapist.texts(CASELOAD_NAMES);
                assertFalse(after.contains("Rosa Quintero"), "released: " + after);
                assertEquals(ClinicRecords.currentClientsOf("lee.chen"), after.stream().sorted().toList());
            }

            String history = careManager.text(By.id("history"));
            assertTrue(history.contains("Lee Chen, PsyD") && history.contains("Rosa chose the Thursday group instead"),
                    history);
            assertTrue(history.contains("Maria Gomez, RN") && history.contains("still on the team"), history);
            assertFalse(careManager.text(By.id("today")).contains("Lee Chen"), "no longer on the team today");
            careManager.screenshot("care-team-formed-with-history");
        }
    }

    @Test
    void theTeamPageIsLinkedFromClinicAdministrationAndFromTheLeadsCareTeamPage() {
        long blake = ClinicRecords.clientId("Blake");
        try (Browser admin = signedIn("ivan.petrov", "Care teams")) {
            admin.driver().findElement(By.linkText("Morgan Blake")).click();
            admin.waitForTitle("Forming the care team of Morgan Blake");
            String page = admin.pageText().toLowerCase(java.util.Locale.ROOT);
            for (String clinical : List.of("goal", "note", "phq", "diagnos", "medication", "pronoun")) {
                assertFalse(page.contains(clinical), "clinic-admin sees no " + clinical);
            }
        }
        try (Browser careManager = signedIn("maria.gomez", "My caseload")) {
            careManager.open(app() + "/clinician/care-team.xhtml?client=" + blake);
            careManager.driver().findElement(By.id("form-team")).click();
            careManager.waitForTitle("Forming the care team of Morgan Blake");
        }
        try (Browser therapist = signedIn("sam.rivera", "My caseload")) {
            therapist.open(app() + "/enrolment/care-team.xhtml?client=" + blake);
            assertTrue(therapist.title().contains("This page is not open to you"), therapist.title());
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A date field's value as the browser's date picker sets it, whatever the browser's language. */
    private static void date(Browser browser, String id, LocalDate day) {
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.driver().findElement(By.id(id)),
                day.toString());
    }
}
