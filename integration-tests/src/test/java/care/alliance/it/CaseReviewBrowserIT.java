package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Psychiatric case review, the way the team works it: the psychiatrist opens a client who is not
 * improving (Jordan Lee) from the registry, marks them reviewed and recommends a medication change;
 * the primary care clinician finds it marked on their caseload, reads it at the top of the plan and
 * accepts it; both then read the recommendation with its answer. The therapist on the team reads it
 * and is given no form, and a tampered answer from them changes nothing. Every bad value of the new
 * forms is said beside its field, in English and Spanish, and saves nothing; nothing answers 5xx.
 */
class CaseReviewBrowserIT extends DeployedAlliance {

    private static final String LONG = "x".repeat(5_000);
    private static final String RECOMMENDATION = "Consider switching sertraline 150 mg to venlafaxine XR 75 mg,"
            + " cross-tapering over two weeks; recheck PHQ-9 in four weeks.";

    private static long jordan;
    private static WebSession psychiatrist;
    private static WebSession primaryCare;
    private static WebSession therapist;

    /** Once for the class, by its first test. */
    @BeforeEach
    void signIn() {
        if (psychiatrist != null) {
            return;
        }
        jordan = ClinicRecords.clientId("Lee");
        psychiatrist = new WebSession();
        psychiatrist.signIn("priya.patel", PASSWORD, app() + "/clinician/caseload.xhtml");
        primaryCare = new WebSession();
        primaryCare.signIn("tom.okafor", PASSWORD, app() + "/clinician/caseload.xhtml");
        therapist = new WebSession();
        therapist.signIn("sam.rivera", PASSWORD, app() + "/clinician/caseload.xhtml");
    }

    private String plan() {
        return app() + "/clinician/care-plan.xhtml?client=" + jordan;
    }

    @Test
    void thePsychiatristReviewsAndRecommendsAndPrimaryCareAcceptsItOnThePlan() {
        List<String> before = ClinicRecords.recommendationsOf(jordan);
        assertTrue(before.stream().noneMatch(row -> row.startsWith("OPEN|")), "nothing open on Jordan yet: " + before);

        try (Browser priya = signedIn("priya.patel", "My caseload")) {
            priya.open(registryOfClientsNotImproving());
            priya.clickAndWaitForTheNextPage(By.cssSelector("tr.registry-row[data-client='" + jordan + "'] a.client-link"));
            priya.waitForTitle("Care plan of Jordan Lee");
            assertTrue(priya.text(By.id("measure-episodes")).contains("Not improving"), "a client not improving");

            priya.driver().findElement(By.cssSelector("#mark-reviewed-details > summary")).click();
            WebElement note = priya.waitFor(By.id("mark-reviewed:reviewNote"));
            note.sendKeys("PHQ-9 16–19 for fourteen weeks on sertraline 150 mg: no response.");
            priya.clickAndWaitForTheNextPage(By.id("mark-reviewed:mark"));
            assertTrue(priya.text(By.id("messages")).contains("The review is recorded."), priya.text(By.id("messages")));
            assertTrue(priya.text(By.id("last-review")).contains("by priya.patel"), priya.text(By.id("last-review")));

            priya.driver().findElement(By.cssSelector("#recommend-details > summary")).click();
            new Select(priya.waitFor(By.id("recommend:recommendationKind"))).selectByVisibleText("Medication change");
            priya.driver().findElement(By.id("recommend:recommendationText")).sendKeys(RECOMMENDATION);
            priya.clickAndWaitForTheNextPage(By.id("recommend:send"));
            assertTrue(priya.text(By.id("messages")).contains("The recommendation is sent to primary care"),
                    priya.text(By.id("messages")));
            String open = priya.text(By.cssSelector("#case-review article.recommendation.open"));
            assertTrue(open.startsWith("Medication change"), open);
            assertTrue(open.contains(RECOMMENDATION), open);
            assertTrue(open.contains("Waiting for the answer of primary care: Tom Okafor, MD"), open);
            assertTrue(priya.text(By.id("recommendation-alert")).contains("One recommendation waits for primary care"),
                    "at the top of the plan");
            assertTrue(priya.driver().findElements(By.id("answer")).isEmpty(), "the psychiatrist does not answer it");
            showTheCaseReview(priya);
            priya.screenshot("care-plan-psychiatric-recommendation-open");

            priya.open(registryOfClientsNotImproving());
            String review = priya.text(By.cssSelector("tr.registry-row[data-client='" + jordan + "'] td.case-review"));
            assertTrue(review.startsWith("1 recommendation to answer"), "the registry shows it open: " + review);
        }
        assertEquals("OPEN|MEDICATION_CHANGE|" + RECOMMENDATION + "|-",
                ClinicRecords.recommendationsOf(jordan).get(before.size()));

        try (Browser tom = signedIn("tom.okafor", "My caseload")) {
            WebElement mark = jordansRow(tom).findElement(By.className("recommendation-mark"));
            assertEquals("Psychiatric recommendation to answer", mark.getText());
            tom.clickAndWaitForTheNextPage(By.cssSelector("a.recommendation-mark[href*='client=" + jordan + "#']"));
            tom.waitForTitle("Care plan of Jordan Lee");
            assertTrue(tom.text(By.id("recommendation-alert")).startsWith("Psychiatric recommendation open."));
            assertTrue(tom.text(By.id("answer-title")).startsWith("Your answer: Medication change, recommended on"));
            tom.driver().findElement(By.id("answer:answerWords"))
                    .sendKeys("Agreed with Jordan today; cross-taper starts Monday.");
            tom.screenshot("care-plan-psychiatric-recommendation-answer");
            tom.clickAndWaitForTheNextPage(By.id("answer:accept"));
            assertTrue(tom.text(By.id("messages")).contains("Your answer is recorded"), tom.text(By.id("messages")));
            assertAnsweredOnThePlan(tom);
            assertTrue(tom.driver().findElements(By.id("recommendation-alert")).isEmpty(), "nothing open any more");
        }
        assertEquals("ACCEPTED|MEDICATION_CHANGE|" + RECOMMENDATION + "|tom.okafor",
                ClinicRecords.recommendationsOf(jordan).get(before.size()));

        try (Browser priya = signedIn("priya.patel", "My caseload")) {
            priya.open(plan());
            priya.waitForTitle("Care plan of Jordan Lee");
            assertAnsweredOnThePlan(priya);
            showTheCaseReview(priya);
            priya.screenshot("care-plan-psychiatric-recommendation-accepted");
        }
        assertTrue(ClinicRecords.auditOf("tom.okafor").stream().anyMatch(row -> row.action().equals("ANSWER_RECOMMENDATION")
                && row.clientId() == jordan && row.outcome().equals("ALLOWED")), "the answer is audited");
        assertTrue(ClinicRecords.auditOf("priya.patel").stream().anyMatch(row -> row.action().equals("RECOMMEND")
                && row.clientId() == jordan && row.outcome().equals("ALLOWED")), "the recommendation is audited");
    }

    private static void assertAnsweredOnThePlan(Browser browser) {
        String answered = browser.text(By.cssSelector("#answered-recommendations li"));
        assertTrue(answered.contains(RECOMMENDATION), answered);
        assertTrue(answered.contains("Accepted by tom.okafor on"), answered);
        assertTrue(answered.contains("Agreed with Jordan today; cross-taper starts Monday."), answered);
    }

    @Test
    void theTherapistReadsItButHasNoFormAndATamperedAnswerChangesNothing() {
        HttpResponse<String> sent = PageForm.on(psychiatrist.get(plan()), "recommend")
                .set("recommendationKind", "REFERRAL")
                .set("recommendationText", "Refer to the clinic's CBT for insomnia group.")
                .submit(psychiatrist, "send");
        assertTrue(WebSession.isRedirect(sent), "saved and sent back to the plan: " + sent.statusCode());
        List<String> open = ClinicRecords.recommendationsOf(jordan).stream().filter(row -> row.startsWith("OPEN|")).toList();
        assertEquals(List.of("OPEN|REFERRAL|Refer to the clinic's CBT for insomnia group.|-"), open);

        HttpResponse<String> read = therapist.get(plan());
        assertEquals(200, read.statusCode());
        Document page = Jsoup.parse(read.body());
        assertTrue(page.select("#case-review article.recommendation.open").text()
                .contains("Refer to the clinic's CBT for insomnia group."), "the therapist reads it");
        assertTrue(page.select("#answer, #mark-reviewed, #recommend").isEmpty(), "and is given no form");

        // The therapist sends primary care's answer anyway, from their own page and its form state.
        String viewState = page.select("input[name='jakarta.faces.ViewState']").first().val();
        String tampered = "answer=answer&answer%3AanswerWords=" + encode("Accepted on Tom's behalf")
                + "&answer%3Aaccept=Accept&jakarta.faces.ViewState=" + encode(viewState);
        HttpResponse<String> refused = therapist.postFromPage(plan(), tampered);
        assertTrue(refused.statusCode() < 500, "no server error: " + refused.statusCode());
        assertFalse(refused.body().contains("Your answer is recorded"), "nothing is recorded");
        assertEquals(open, ClinicRecords.recommendationsOf(jordan).stream().filter(row -> row.startsWith("OPEN|")).toList(),
                "still open");
        assertTrue(ClinicRecords.auditOf("sam.rivera").stream().noneMatch(row -> row.action().equals("ANSWER_RECOMMENDATION")
                && row.outcome().equals("ALLOWED")), "never let through");

        // Primary care declines it: a reason first, then it is recorded.
        HttpResponse<String> noReason = PageForm.on(primaryCare.get(plan()), "answer").set("answerWords", " ")
                .submit(primaryCare, "decline");
        assertEquals(422, noReason.statusCode());
        assertEquals("Why you decline it is required.", PageForm.messageBeside(noReason, "answer", "answerWords"));
        assertEquals(open, ClinicRecords.recommendationsOf(jordan).stream().filter(row -> row.startsWith("OPEN|")).toList());
        HttpResponse<String> declined = PageForm.on(noReason, "answer")
                .set("answerWords", "Jordan was in that group last spring; we try sleep restriction with the nurse.")
                .submit(primaryCare, "decline");
        assertTrue(WebSession.isRedirect(declined), "recorded and back to the plan: " + declined.statusCode());
        assertTrue(ClinicRecords.recommendationsOf(jordan).stream().noneMatch(row -> row.startsWith("OPEN|")));
    }

    /** One bad value: whose form, which field, with which button; the other fields are good. */
    record Bad(String who, String form, String button, String field, String value) {
        @Override
        public String toString() {
            String shown = value.length() > 24 ? value.substring(0, 12) + "…(" + value.length() + ")" : value;
            return form + ":" + field + " = " + shown.replace("\u0000", "\\0").replace("\u0007", "\\a");
        }
    }

    static Stream<Bad> badValues() {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        return Stream.of(
                new Bad("psychiatrist", "mark-reviewed", "mark", "reviewedOn", tomorrow),
                new Bad("psychiatrist", "mark-reviewed", "mark", "reviewedOn", "2026-02-30"),
                new Bad("psychiatrist", "mark-reviewed", "mark", "reviewedOn", "+999999999-12-31"),
                new Bad("psychiatrist", "mark-reviewed", "mark", "reviewedOn", "1999-12-31"),
                new Bad("psychiatrist", "mark-reviewed", "mark", "reviewedOn", ""),
                new Bad("psychiatrist", "mark-reviewed", "mark", "reviewNote", LONG),
                new Bad("psychiatrist", "mark-reviewed", "mark", "reviewNote", "flat \u0000 scores"),
                new Bad("psychiatrist", "mark-reviewed", "mark", "reviewNote", "<img src=x onerror=alert(1)>"),
                new Bad("psychiatrist", "recommend", "send", "recommendationKind", "MAGIC_POTION"),
                new Bad("psychiatrist", "recommend", "send", "recommendationKind", ""),
                new Bad("psychiatrist", "recommend", "send", "recommendationText", ""),
                new Bad("psychiatrist", "recommend", "send", "recommendationText", LONG),
                new Bad("psychiatrist", "recommend", "send", "recommendationText", "Raise it\u0007"),
                new Bad("psychiatrist", "recommend", "send", "recommendationText", "<script>alert(1)</script>"),
                new Bad("primary care", "answer", "adapt", "answerWords", ""),
                new Bad("primary care", "answer", "decline", "answerWords", LONG),
                new Bad("primary care", "answer", "accept", "answerWords", "ok\u0000"),
                new Bad("primary care", "answer", "adapt", "answerWords", "&lt;b&gt;half&lt;/b&gt;"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void aBadValueIsRefusedBesideItsFieldAndNothingIsSaved(Bad bad) {
        if (bad.form().equals("answer")) {
            anOpenRecommendation();
        }
        WebSession person = bad.who().equals("psychiatrist") ? psychiatrist : primaryCare;
        PageForm form = PageForm.on(person.get(plan()), bad.form()).set(bad.field(), bad.value());
        if (bad.form().equals("recommend") && !bad.field().equals("recommendationKind")) {
            form.set("recommendationKind", "MEDICATION_CHANGE");
        }
        if (bad.form().equals("recommend") && !bad.field().equals("recommendationText")) {
            form.set("recommendationText", "Consider a lithium level.");
        }
        String before = ClinicRecords.recordsOf(jordan);

        HttpResponse<String> answer = form.submit(person, bad.button());

        assertAll(bad.toString(),
                () -> assertEquals(422, answer.statusCode(), "the form is not taken"),
                () -> assertFalse(PageForm.messageBeside(answer, bad.form(), bad.field()).isBlank(),
                        "the field says why: " + PageForm.pageMessages(answer)),
                () -> assertTrue(PageForm.pageMessages(answer).contains("Nothing was saved"), PageForm.pageMessages(answer)),
                () -> assertFalse(answer.body().contains("Exception"), "no stack trace"),
                () -> assertEquals(before, ClinicRecords.recordsOf(jordan), "nothing is saved"));
    }

    @Test
    void aSpanishReaderIsToldInSpanish() {
        WebSession spanish = new WebSession().readingIn("es");
        spanish.signIn("priya.patel", PASSWORD, plan());
        String before = ClinicRecords.recordsOf(jordan);
        HttpResponse<String> answer = PageForm.on(spanish.get(plan()), "mark-reviewed")
                .set("reviewedOn", LocalDate.now().plusDays(1).toString()).submit(spanish, "mark");
        assertEquals(422, answer.statusCode());
        assertEquals("El día de la revisión no puede ser posterior a hoy: registra la revisión cuando ya se haya hecho.",
                PageForm.messageBeside(answer, "mark-reviewed", "reviewedOn"));
        assertTrue(PageForm.pageMessages(answer).contains("No se ha guardado nada"), PageForm.pageMessages(answer));
        assertEquals(before, ClinicRecords.recordsOf(jordan));
    }

    /** Jordan has an open recommendation for primary care's answer form: the psychiatrist makes one if none is open. */
    private void anOpenRecommendation() {
        if (ClinicRecords.recommendationsOf(jordan).stream().noneMatch(row -> row.startsWith("OPEN|"))) {
            HttpResponse<String> sent = PageForm.on(psychiatrist.get(plan()), "recommend")
                    .set("recommendationKind", "TREATMENT_CHANGE")
                    .set("recommendationText", "Weekly sessions with Sam instead of fortnightly.")
                    .submit(psychiatrist, "send");
            assertTrue(WebSession.isRedirect(sent), "made: " + sent.statusCode());
        }
    }

    private static void showTheCaseReview(Browser browser) {
        browser.driver().executeScript("document.getElementById('case-review').scrollIntoView()");
    }

    private String registryOfClientsNotImproving() {
        return app() + "/clinician/registry.xhtml?filter=NOT_IMPROVING";
    }

    private static WebElement jordansRow(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#clients > tbody > tr")).stream()
                .filter(row -> row.getText().contains("Jordan Lee")).findFirst()
                .orElseThrow(() -> new AssertionError("Jordan Lee is not on the caseload: " + browser.pageText()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
