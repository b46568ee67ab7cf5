package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A PHQ-9 in the portal on a phone, and the safety flag it raises: the client opens the PHQ-9 that
 * is due, sends it half answered and is told beside each missing answer (nothing saved), answers
 * item 9 with a 1 and sees the crisis resources at once and again on the plan after sending; the therapist
 * finds the safety flag at the top of the client's plan, logs the follow-up, and the plan shows the
 * flag closed, by whom and how long it was open. A questionnaire Alliance does not know is not
 * found, and clinic IT opens neither the questionnaire nor the plan.
 */
class MeasuresBrowserIT extends DeployedAlliance {

    private static final List<Integer> FIRST_EIGHT = List.of(2, 2, 1, 1, 1, 0, 1, 0);

    @Test
    void aPhq9WithItem9AnsweredOneShowsTheCrisisResourcesAndFlagsThePlanForTheTeam() {
        long alex = ClinicRecords.clientId("Morgan");
        int measuresBefore = ClinicRecords.count("measure_result", alex);
        int flagsBefore = ClinicRecords.count("safety_flag", alex);

        try (Browser phone = Browser.phone()) {
            phone.open(app() + "/portal/my-plan.xhtml");
            phone.signInOnKeycloak("alex.morgan", PASSWORD);
            phone.waitForTitle("My plan");
            phone.open(app() + "/portal/measure.xhtml?instrument=BDI_II");
            phone.waitForTitle("Nothing here");
            phone.open(app() + "/portal/my-plan.xhtml");
            phone.waitFor(By.cssSelector("#due-PHQ_9 a")).click();
            phone.waitForTitle("PHQ-9");
            assertEquals(390, phone.innerWidth());

            for (int item = 0; item < 4; item++) {
                choose(phone, item, FIRST_EIGHT.get(item));
            }
            phone.driver().findElement(By.id("measure:send")).click();
            phone.waitFor(By.id("measure:items:4:answer-message"));
            for (int item = 4; item < 9; item++) {
                assertEquals("Choose an answer for this question.",
                        phone.text(By.id("measure:items:" + item + ":answer-message")), "beside item " + (item + 1));
            }
            assertEquals(measuresBefore, ClinicRecords.count("measure_result", alex), "nothing saved half answered");

            for (int item = 4; item < 8; item++) {
                choose(phone, item, FIRST_EIGHT.get(item));
            }
            choose(phone, 8, 1);
            String crisis = phone.text(By.id("crisis-resources"));
            assertTrue(crisis.contains("988"), "shown as soon as item 9 is answered: " + crisis);
            phone.driver().findElement(By.cssSelector("input[name='measure:difficulty'][value='SOMEWHAT_DIFFICULT']"))
                    .click();
            phone.driver().findElement(By.id("measure:send")).click();

            phone.waitForTitle("My plan");
            assertTrue(phone.text(By.id("messages")).contains("Your answers are saved"), phone.text(By.id("messages")));
            assertTrue(phone.text(By.id("crisis-resources")).contains("call or text 988"), "and after sending");
            assertTrue(phone.driver().findElements(By.id("due-PHQ_9")).isEmpty(), "the PHQ-9 is no longer due");
            assertTrue(phone.scrollWidth() <= phone.innerWidth(), "no sideways scrolling on the phone");
            phone.screenshot("portal-phq9-crisis-resources-phone");
        }
        assertEquals(measuresBefore + 1, ClinicRecords.count("measure_result", alex));
        assertEquals(flagsBefore + 1, ClinicRecords.count("safety_flag", alex));

        try (Browser therapist = signedIn("sam.rivera", "My caseload")) {
            List<WebElement> rows = therapist.driver().findElements(By.cssSelector("#clients > tbody > tr"));
            List<Boolean> flagged = rows.stream()
                    .map(row -> !row.findElements(By.className("safety-flag-mark")).isEmpty()).toList();
            assertTrue(flagged.get(0), "a flagged client first: " + therapist.pageText());
            assertEquals(flagged.stream().sorted(Comparator.reverseOrder()).toList(), flagged,
                    "every flagged client before every other");
            String alexsRow = rows.stream().map(WebElement::getText).filter(text -> text.contains("Morgan"))
                    .findFirst().orElseThrow();
            assertTrue(alexsRow.contains("Safety flag since"), alexsRow);
            therapist.screenshot("caseload-safety-flag-first");
            therapist.open(app() + "/clinician/care-plan.xhtml?client=" + alex);
            String flag = therapist.text(By.id("safety-flag-alert"));
            assertTrue(flag.startsWith("Safety flag."), flag);
            assertTrue(flag.contains("was answered 1 on"), flag);
            therapist.screenshot("care-plan-safety-flag");

            // the client was reached a moment ago; seconds kept, so never before the flag was raised
            String reached = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
            setValue(therapist, "follow-up:reachedOn", reached.substring(0, 10));
            setValue(therapist, "follow-up:reachedTime", reached.substring(11));
            therapist.driver().findElement(By.id("follow-up:assessment"))
                    .sendKeys("Passive thoughts on a bad day; no plan or intent. Protective: their dog, a close friend.");
            new Select(therapist.driver().findElement(By.id("follow-up:outcome")))
                    .selectByVisibleText("Safety plan made or reviewed");
            WebElement log = therapist.driver().findElement(By.id("follow-up:log"));
            log.click();
            therapist.waitUntilGone(log);
            therapist.screenshot("care-plan-safety-flag-followed-up");
            assertFalse(therapist.driver().findElements(By.id("messages")).isEmpty(), "a message: " + therapist.pageText());
            assertTrue(therapist.text(By.id("messages")).contains("The follow-up is logged"),
                    therapist.text(By.id("messages")));
            assertTrue(therapist.driver().findElements(By.id("safety-flag-alert")).isEmpty(), "the flag is closed");
            String closed = therapist.text(By.cssSelector("#measures .safety-flag.closed"));
            assertTrue(closed.contains("followed up by sam.rivera, open for "), closed);
            assertTrue(closed.endsWith("Safety plan made or reviewed."), closed);
        }
        assertEquals(flagsBefore + 1, ClinicRecords.count("safety_flag", alex));
        assertTrue(ClinicRecords.auditOf("sam.rivera").stream().anyMatch(row -> row.action().equals("CLOSE_SAFETY_FLAG")
                && row.clientId() == alex && row.outcome().equals("ALLOWED")), "the follow-up is audited");
        try (Browser clinicIt = signedIn("ivan.petrov", "Care teams")) {
            clinicIt.open(app() + "/portal/measure.xhtml?instrument=PHQ_9");
            clinicIt.waitForTitle("This page is not open to you");
            clinicIt.open(app() + "/clinician/care-plan.xhtml?client=" + alex);
            clinicIt.waitForTitle("This page is not open to you");
            assertFalse(clinicIt.pageText().contains("Safety flag"), "nothing of the flag for clinic IT");
        }
        assertTrue(ClinicRecords.auditOf("alex.morgan").stream().anyMatch(row -> row.action().equals("FILL_IN_MEASURE")
                && row.clientId() == alex && row.outcome().equals("ALLOWED")), "the measure is audited");
    }

    private static void setValue(Browser browser, String id, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.driver().findElement(By.id(id)),
                value);
    }

    private static void choose(Browser browser, int item, int answer) {
        browser.driver().findElement(By.cssSelector("input[name='measure:items:" + item + ":answer'][value='"
                + answer + "']")).click();
    }
}
