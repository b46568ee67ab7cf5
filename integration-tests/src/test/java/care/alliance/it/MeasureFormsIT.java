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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms of measurement-based care over HTTP, sent as an attacker or a clumsy hand would send
 * them: a paper PHQ-9 with a missing, out-of-range or marked-up answer, a date in the future or
 * that does not exist; a schedule with no questionnaire, weeks out of range or not a number; and
 * the registry's address with values it does not know. Each form answers 422 with a message beside
 * the field and saves nothing; the registry answers its first page; none answers 5xx.
 */
class MeasureFormsIT extends DeployedAlliance {

    private static final String LONG = "x".repeat(5_000);
    private static WebSession careManager;
    private static long blake;

    /** Once for the class, by its first test. */
    @BeforeEach
    void signIn() {
        if (careManager != null) {
            return;
        }
        blake = ClinicRecords.clientId("Blake");
        careManager = new WebSession();
        careManager.signIn("maria.gomez", PASSWORD, app() + "/clinician/caseload.xhtml");
    }

    /** One bad value of a form, the other fields of which are good. */
    record Bad(String form, String field, String value) {
        @Override
        public String toString() {
            String shown = value.length() > 24 ? value.substring(0, 12) + "…(" + value.length() + ")" : value;
            return form + ":" + field + " = " + shown.replace("\u0000", "\\0");
        }
    }

    static Stream<Bad> badPaperForms() {
        return Stream.of(
                new Bad("paper", "items:0:answer", ""),
                new Bad("paper", "items:0:answer", "4"),
                new Bad("paper", "items:3:answer", "-1"),
                new Bad("paper", "items:8:answer", "abc"),
                new Bad("paper", "items:8:answer", "<script>alert(1)</script>"),
                new Bad("paper", "items:5:answer", LONG),
                new Bad("paper", "difficulty", "NOT_A_DIFFICULTY"),
                new Bad("paper", "completedOn", LocalDate.now().plusDays(1).toString()),
                new Bad("paper", "completedOn", "2999-01-01"),
                new Bad("paper", "completedOn", "2026-02-30"),
                new Bad("paper", "completedOn", "1850-01-01"),
                new Bad("paper", "completedOn", "+999999999-12-31"),
                new Bad("paper", "completedOn", ""),
                new Bad("paper", "completedOn", "yesterday\u0000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPaperForms")
    void aBadPaperFormIsRefusedBesideItsFieldAndNothingIsSaved(Bad bad) {
        PageForm form = PageForm.on(careManager.get(app() + "/clinician/paper-measure.xhtml?client=" + blake
                + "&instrument=PHQ_9"), "paper");
        for (int item = 0; item < 9; item++) {
            form.set("items:" + item + ":answer", item == 8 ? "0" : "1");
        }
        form.set("difficulty", "SOMEWHAT_DIFFICULT").set("completedOn", LocalDate.now().minusDays(1).toString());
        form.set(bad.field(), bad.value());
        int before = ClinicRecords.count("measure_result", blake);

        HttpResponse<String> answer = form.submit(careManager, "enter");

        assertRefusedBeside(answer, bad);
        assertEquals(before, ClinicRecords.count("measure_result", blake), "nothing is saved");
    }

    static Stream<Bad> badSchedules() {
        return Stream.of(
                new Bad("schedule", "instrument", ""),
                new Bad("schedule", "instrument", "BDI_II"),
                new Bad("schedule", "how", "FOREVER"),
                new Bad("schedule", "everyWeeks", ""),
                new Bad("schedule", "everyWeeks", "0"),
                new Bad("schedule", "everyWeeks", "27"),
                new Bad("schedule", "everyWeeks", "-3"),
                new Bad("schedule", "everyWeeks", "abc"),
                new Bad("schedule", "everyWeeks", "99999999999999"),
                new Bad("schedule", "everyWeeks", "<b>4</b>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSchedules")
    void aBadScheduleIsRefusedBesideItsFieldAndNothingChanges(Bad bad) {
        PageForm form = PageForm.on(careManager.get(app() + "/clinician/care-plan.xhtml?client=" + blake), "schedule");
        form.set("instrument", "GAD_7").set("how", "EVERY_WEEKS").set("everyWeeks", "3").set(bad.field(), bad.value());
        List<String> before = List.of(ClinicRecords.scheduleOf(blake, "PHQ_9").toString(),
                ClinicRecords.scheduleOf(blake, "GAD_7").toString());

        HttpResponse<String> answer = form.submit(careManager, "change");

        assertRefusedBeside(answer, bad);
        assertEquals(before, List.of(ClinicRecords.scheduleOf(blake, "PHQ_9").toString(),
                ClinicRecords.scheduleOf(blake, "GAD_7").toString()), "the schedules are as they were");
    }

    @ParameterizedTest(name = "registry.xhtml?{0}")
    @ValueSource(strings = {"filter=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "sort=DROP%20TABLE", "page=-5", "page=abc",
            "page=99999999999", "page=9999", "reversed=%00", "filter=not_improving&sort=phq_9&reversed=true"})
    void theRegistryReadsAnAddressItDoesNotKnowAsItsFirstPage(String query) {
        HttpResponse<String> answer = careManager.get(app() + "/clinician/registry.xhtml?" + query);

        assertAll(query,
                () -> assertEquals(200, answer.statusCode()),
                () -> assertTrue(answer.body().contains("id=\"registry\""), "the registry"),
                () -> assertFalse(answer.body().contains("<script>alert(1)"), "nothing written back as markup"),
                () -> assertFalse(answer.body().contains("Exception"), "no stack trace"));
    }

    @Test
    void thePaperFormOpensOnlyForAClientOfTheCallersTeamAndAQuestionnaireAllianceKnows() {
        WebSession primaryCare = new WebSession();
        primaryCare.signIn("nina.brooks", PASSWORD, app() + "/clinician/caseload.xhtml");
        long alex = ClinicRecords.clientId("Morgan");
        assertFalse(ClinicRecords.currentTeamOf("alex.morgan").contains("Nina Brooks"), "Nina is not on Alex's team");

        assertEquals(403, primaryCare.get(app() + "/clinician/paper-measure.xhtml?client=" + alex
                + "&instrument=PHQ_9").statusCode());
        assertEquals(404, careManager.get(app() + "/clinician/paper-measure.xhtml?client=" + blake
                + "&instrument=" + URLEncoder.encode("<BDI>", StandardCharsets.UTF_8)).statusCode());
        assertEquals(404, careManager.get(app() + "/clinician/paper-measure.xhtml?client=abc&instrument=PHQ_9")
                .statusCode());
        assertEquals(404, careManager.get(app() + "/clinician/paper-measure.xhtml?client=99999999&instrument=GAD_7")
                .statusCode());
    }

    private static void assertRefusedBeside(HttpResponse<String> answer, Bad bad) {
        assertAll(bad.toString(),
                () -> assertEquals(422, answer.statusCode(), "the form is not taken"),
                () -> assertFalse(PageForm.messageBeside(answer, bad.form(), bad.field()).isBlank(),
                        "the field says why: " + PageForm.pageMessages(answer)),
                () -> assertTrue(PageForm.pageMessages(answer).contains("Nothing was saved"), PageForm.pageMessages(answer)),
                () -> assertFalse(answer.body().contains("Exception"), "no stack trace"));
    }
}
