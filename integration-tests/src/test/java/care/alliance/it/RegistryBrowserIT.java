package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The collaborative-care registry as Jordan Lee's therapist uses it: the flagged client first with
 * how long the flag has been open, the clients not improving, a client opened from it, a PHQ-9
 * entered from paper (half answered and dated tomorrow first: told beside each field, nothing
 * saved), a schedule changed (without the weeks first: told beside the field) and paused, and the chart of each measure with its table; then the
 * client's portal sums up their PHQ-9 in plain words. Clinic IT has no registry.
 */
class RegistryBrowserIT extends DeployedAlliance {

    @Test
    void theTherapistReviewsTheRegistryEntersAPaperPhq9AndChangesASchedule() {
        long jordan = ClinicRecords.clientId("Lee");
        long riley = ClinicRecords.clientId("Santos");
        int rileysPhq9s = ClinicRecords.measuresOf(riley, "PHQ_9").size();

        try (Browser therapist = signedIn("sam.rivera", "My caseload")) {
            therapist.clickAndWaitForTheNextPage(By.id("nav-registry"));
            therapist.waitForTitle("Registry");
            List<WebElement> rows = therapist.driver().findElements(By.cssSelector("tr.registry-row"));
            WebElement first = rows.get(0);
            assertEquals(String.valueOf(jordan), first.getAttribute("data-client"), "the flagged client first");
            String flag = first.findElement(By.cssSelector("td.flag")).getText();
            assertTrue(flag.matches("(?s)Open for \\d+ (d \\d+ h|h \\d+ min|min): reach the client.*"), flag);
            assertTrue(first.findElement(By.cssSelector("td.measure.PHQ_9")).getText().startsWith("17 · moderately severe"),
                    first.getText());
            assertTrue(rows.stream().skip(1).noneMatch(row -> row.getAttribute("class").contains("flagged")));
            String drew = rows.stream().map(WebElement::getText).filter(text -> text.contains("Drew Hassan")).findFirst()
                    .orElse("");
            assertTrue(drew.isEmpty() || drew.contains("Last flag: open 3 h 0 min"), drew);
            therapist.screenshot("registry-flag-first");

            new Select(therapist.driver().findElement(By.id("filter"))).selectByValue("NOT_IMPROVING");
            therapist.clickAndWaitForTheNextPage(By.id("apply"));
            therapist.waitFor(By.id("registry"));
            List<String> statuses = therapist.texts(By.cssSelector("tr.registry-row td.row-status"));
            assertFalse(statuses.isEmpty());
            assertTrue(statuses.stream().allMatch("Not improving"::equals), statuses.toString());
            List<String> names = therapist.texts(By.cssSelector("tr.registry-row .client-link"));
            assertEquals("Jordan Lee", names.get(0), "the flag first, filtered too");
            assertTrue(names.contains("Riley Santos"), names.toString());
            assertTrue(names.stream().noneMatch(name -> name.startsWith("Casey")), "Casey is in remission: " + names);
            therapist.screenshot("registry-not-improving");

            // the header's link orders by its column, though the address shown already names another order
            therapist.clickAndWaitForTheNextPage(By.cssSelector("#column-NAME a"));
            assertEquals("ascending", therapist.driver().findElement(By.id("column-NAME")).getDomAttribute("aria-sort"));
            assertTrue(therapist.texts(By.cssSelector("tr.registry-row td.row-status")).stream()
                    .allMatch("Not improving"::equals), "still only the clients not improving");

            therapist.clickAndWaitForTheNextPage(By.linkText("Riley Santos"));
            therapist.waitForTitle("Care plan of Riley Santos");
            therapist.clickAndWaitForTheNextPage(By.linkText("Enter a PHQ-9 from paper"));
            therapist.waitForTitle("PHQ-9 from paper for Riley Santos");

            choose(therapist, 0, 2);
            choose(therapist, 1, 2);
            submitAndWaitFor(therapist, By.id("paper:enter"), By.id("paper:items:2:answer-message"),
                    "Enter the answer the client marked");
            for (int item = 2; item < 9; item++) {
                assertEquals("Enter the answer the client marked for this question.",
                        therapist.text(By.id("paper:items:" + item + ":answer-message")), "beside item " + (item + 1));
            }
            for (int item = 2; item < 9; item++) {
                choose(therapist, item, item == 8 ? 0 : 1);
            }
            therapist.driver().findElement(By.cssSelector("input[name='paper:difficulty'][value='VERY_DIFFICULT']")).click();
            setValue(therapist, "paper:completedOn", LocalDate.now().plusDays(1).toString());
            submitAndWaitFor(therapist, By.id("paper:enter"), By.id("paper:completedOn-message"), "later than today");
            String dateMessage = therapist.text(By.id("paper:completedOn-message"));
            assertTrue(dateMessage.contains("cannot be later than today"), dateMessage);
            assertEquals(rileysPhq9s, ClinicRecords.measuresOf(riley, "PHQ_9").size(), "nothing saved yet");

            LocalDate yesterday = LocalDate.now().minusDays(1);
            setValue(therapist, "paper:completedOn", yesterday.toString());
            submitAndWaitFor(therapist, By.id("paper:enter"), By.id("messages"), "The answers from paper are saved.");
            therapist.waitForTitle("Care plan of Riley Santos");
            assertTrue(therapist.text(By.id("messages")).contains("The answers from paper are saved."),
                    therapist.text(By.id("messages")));
            List<String> phq9s = ClinicRecords.measuresOf(riley, "PHQ_9");
            assertEquals(rileysPhq9s + 1, phq9s.size());
            assertTrue(phq9s.contains(yesterday + " 10 PAPER sam.rivera"), phq9s.toString());

            WebElement chart = therapist.waitFor(By.id("chart-PHQ_9"));
            assertEquals(5, chart.findElements(By.cssSelector("rect.band")).size(), "the five PHQ-9 bands");
            assertEquals(phq9s.size(), chart.findElements(By.cssSelector("circle.dot")).size(), "a dot per score");
            List<String> table = therapist.texts(By.cssSelector("#chart-PHQ_9-table tbody tr"));
            assertEquals(phq9s.size(), table.size());
            assertTrue(table.get(0).endsWith("10 moderate"), "the newest first: " + table.get(0));
            assertTrue(therapist.driver().findElement(By.id("chart-GAD_7-table")).isDisplayed());
            therapist.screenshot("care-plan-measure-charts");

            openSchedule(therapist);
            new Select(therapist.driver().findElement(By.id("schedule:instrument"))).selectByValue("GAD_7");
            therapist.driver().executeScript("arguments[0].scrollIntoView()",
                    therapist.driver().findElement(By.id("schedule-details")));
            therapist.screenshot("care-plan-schedule-form");
            submitAndWaitFor(therapist, By.id("schedule:change"), By.id("schedule:everyWeeks-message"), "weeks apart");
            assertTrue(therapist.text(By.id("schedule:everyWeeks-message")).contains("how many weeks apart"),
                    therapist.text(By.id("schedule:everyWeeks-message")));
            // 30 weeks the browser itself refuses (the field's range); the server's refusal is MeasureFormsIT's
            openSchedule(therapist);
            setValue(therapist, "schedule:everyWeeks", "4");
            submitAndWaitFor(therapist, By.id("schedule:change"), By.id("messages"), "The schedule is changed.");
            therapist.waitForTitle("Care plan of Riley Santos");
            assertTrue(therapist.text(By.id("messages")).contains("The schedule is changed."));
            assertTrue(therapist.text(By.cssSelector("#measure-schedules li[data-instrument='GAD_7']"))
                    .startsWith("GAD-7: every 4 weeks, next on"));
            assertEquals(List.of("4 false sam.rivera"), ClinicRecords.scheduleOf(riley, "GAD_7"));

            openSchedule(therapist);
            new Select(therapist.driver().findElement(By.id("schedule:instrument"))).selectByValue("GAD_7");
            new Select(therapist.driver().findElement(By.id("schedule:how"))).selectByValue("PAUSED");
            submitAndWaitFor(therapist, By.id("schedule:change"), By.id("messages"), "The questionnaire is paused");
            therapist.waitForTitle("Care plan of Riley Santos");
            assertEquals("GAD-7: paused by the team",
                    therapist.text(By.cssSelector("#measure-schedules li[data-instrument='GAD_7']")));
            assertEquals(List.of("4 true sam.rivera"), ClinicRecords.scheduleOf(riley, "GAD_7"));
        }
        assertTrue(ClinicRecords.auditOf("sam.rivera").stream().anyMatch(row -> row.action().equals("VIEW_REGISTRY")
                && row.clientId() == jordan && row.outcome().equals("ALLOWED")), "each row read is audited");
        assertTrue(ClinicRecords.auditOf("sam.rivera").stream().anyMatch(row -> row.action().equals(
                "ENTER_MEASURE_FROM_PAPER") && row.clientId() == riley), "the paper entry is audited");

        try (Browser clinicIt = signedIn("ivan.petrov", "Care teams")) {
            assertTrue(clinicIt.driver().findElements(By.id("nav-registry")).isEmpty(), "no registry in the menu");
            clinicIt.open(app() + "/clinician/registry.xhtml");
            clinicIt.waitForTitle("This page is not open to you");
            assertFalse(clinicIt.pageText().contains("Jordan"), "no client named");
        }
    }

    @Test
    void theClientsPortalSaysHowTheirPhq9WentInPlainWords() {
        List<String> phq9s = ClinicRecords.measuresOf(ClinicRecords.clientId("Lee"), "PHQ_9");
        String[] first = phq9s.get(0).split(" ");
        String[] latest = phq9s.get(phq9s.size() - 1).split(" ");
        LocalDate firstDay = LocalDate.parse(first[0]);
        String month = DateTimeFormatter.ofPattern(firstDay.getYear() == LocalDate.now().getYear() ? "LLLL" : "LLLL yyyy",
                Locale.ENGLISH).format(firstDay);

        try (Browser client = signedIn("jordan.lee", "My plan")) {
            assertEquals("Your PHQ-9 went from " + first[1] + " in " + month + " to " + latest[1]
                    + " now: that is moderately severe.", client.text(By.id("words-PHQ_9")));
            assertEquals(phq9s.size(), client.driver().findElements(By.cssSelector("#my-chart-PHQ_9 circle.dot")).size());
            assertEquals(phq9s.size(), client.texts(By.cssSelector("#my-chart-PHQ_9-table tbody tr")).size());
            assertTrue(client.driver().findElements(By.id("nav-registry")).isEmpty(), "no registry for a client");
            client.screenshot("portal-my-scores");
        }
    }

    /**
     * Presses the button and waits until the page that answers shows the text in the element,
     * finding it afresh at each look: the page being replaced may lose the nodes of the one before.
     */
    private static void submitAndWaitFor(Browser browser, By button, By shows, String text) {
        browser.waitFor(button).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(shows, text));
    }

    private static void openSchedule(Browser browser) {
        WebElement details = browser.waitFor(By.id("schedule-details"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
    }

    private static void setValue(Browser browser, String id, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.driver().findElement(By.id(id)),
                value);
    }

    private static void choose(Browser browser, int item, int answer) {
        browser.driver().findElement(By.cssSelector("input[name='paper:items:" + item + ":answer'][value='"
                + answer + "']")).click();
    }
}
