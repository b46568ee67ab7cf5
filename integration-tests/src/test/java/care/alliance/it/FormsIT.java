package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form of the team's pages and the portal, sent as an attacker or a clumsy hand would send
 * it: values too large, malformed, out of range or carrying control characters, a form state
 * tampered with, taken from another session or gone, methods pages do not take, one person's
 * requests overlapping, the same form sent twice. Nothing answers 5xx, each bad field says why
 * beside it, and nothing is saved.
 */
class FormsIT extends DeployedAlliance {

    private static final String LONG = "x".repeat(12_000);

    private static long alex;
    private static long goal;
    private static WebSession therapist;
    private static WebSession client;

    /** Once for the class, by its first test. */
    @BeforeEach
    void signIn() {
        if (therapist != null) {
            return;
        }
        alex = ClinicRecords.clientId("Morgan");
        goal = ClinicRecords.seedGoal(alex, "Sleep before midnight on school nights", "AGREED");
        therapist = new WebSession();
        therapist.signIn("sam.rivera", PASSWORD, app() + "/clinician/caseload.xhtml");
        client = new WebSession();
        client.signIn("alex.morgan", PASSWORD, app() + "/portal/my-plan.xhtml");
    }

    /** One bad value: who sends it, from which page and form, with which button, into which field. */
    record Bad(String who, String page, String form, String button, String field, String value) {
        @Override
        public String toString() {
            String shown = value.length() > 24 ? value.substring(0, 12) + "…(" + value.length() + ")" : value;
            return form + ":" + field + " = " + shown.replace("\u0000", "\\0").replace("\u0007", "\\a");
        }
    }

    static Stream<Bad> badValues() {
        String goalPage = "/clinician/goal.xhtml?goal=";
        String plan = "/clinician/care-plan.xhtml?client=";
        return Stream.of(
                new Bad("team", goalPage, "check-in", "save", "rating", "abc"),
                new Bad("team", goalPage, "check-in", "save", "rating", "11"),
                new Bad("team", goalPage, "check-in", "save", "rating", "99999999999"),
                new Bad("team", goalPage, "check-in", "save", "value", "12345678901"),
                new Bad("team", goalPage, "check-in", "save", "value", "1e20"),
                new Bad("team", goalPage, "check-in", "save", "value", "1e309"),
                new Bad("team", goalPage, "check-in", "save", "value", "0.001"),
                new Bad("team", goalPage, "check-in", "save", "value", "four"),
                new Bad("team", goalPage, "check-in", "save", "note", LONG),
                new Bad("team", goalPage, "check-in", "save", "note", "slept \u0000 well"),
                new Bad("team", goalPage, "task", "add", "description", "Keep a diary\u0007"),
                new Bad("team", goalPage, "task", "add", "due", "2026-02-30"),
                new Bad("team", goalPage, "task", "add", "due", "0001-01-01"),
                new Bad("team", goalPage, "task", "add", "due", "+999999999-12-31"),
                new Bad("team", goalPage, "task", "add", "for", "EVERYONE"),
                new Bad("team", goalPage, "task", "add", "frequency", "HOURLY"),
                new Bad("team", goalPage, "revise", "save", "clientWords", LONG),
                new Bad("team", goalPage, "revise", "save", "framing", "<script>alert(1)</script>"),
                new Bad("team", plan, "proposal", "propose", "lifeArea", "ASTROLOGY"),
                new Bad("team", plan, "proposal", "propose", "targetValue", "1e309"),
                new Bad("team", plan, "proposal", "propose", "targetDate", "2026-02-30"),
                new Bad("team", plan, "review-form", "set", "on", "2026-02-30"),
                new Bad("team", plan, "review-form", "set", "on", "+999999999-01-01"),
                new Bad("team", plan, "note", "write", "visibility", "EVERYONE"),
                new Bad("team", plan, "note", "write", "body", LONG),
                new Bad("team", plan, "concern", "add", "words", "can't \u0000 sleep"),
                new Bad("client", "/portal/check-in.xhtml", "check-in", "send", "goals", "6"),
                new Bad("client", "/portal/check-in.xhtml", "check-in", "send", "bond", "abc"),
                new Bad("client", "/portal/preferences.xhtml", "preferences", "save", "language", "KLINGON"),
                new Bad("client", "/portal/preferences.xhtml", "preferences", "save", "pace", "WARP"),
                new Bad("client", "/portal/preferences.xhtml", "preferences", "save", "preferredName", "Al\u0000ex"),
                new Bad("client", "/portal/measure.xhtml?instrument=PHQ_9", "measure", "send", "items:8:answer", "4"),
                new Bad("client", "/portal/measure.xhtml?instrument=PHQ_9", "measure", "send", "items:0:answer", "-1"),
                new Bad("client", "/portal/measure.xhtml?instrument=PHQ_9", "measure", "send", "items:3:answer", "abc"),
                new Bad("client", "/portal/measure.xhtml?instrument=GAD_7", "measure", "send", "items:6:answer", "99999999999"),
                new Bad("client", "/portal/measure.xhtml?instrument=PHQ_9", "measure", "send", "difficulty", "UNBEARABLE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void aBadValueIsRefusedBesideItsFieldAndNothingIsSaved(Bad bad) {
        WebSession person = bad.who().equals("team") ? therapist : client;
        String address = app() + bad.page() + (bad.page().endsWith("goal=") ? goal : bad.page().endsWith("client=") ? alex : "");
        PageForm form = PageForm.on(person.get(address), bad.form()).set(bad.field(), bad.value());
        completeTheRest(bad, form);
        String before = ClinicRecords.recordsOf(alex);

        HttpResponse<String> answer = form.submit(person, bad.button());

        assertAll(bad.toString(),
                () -> assertEquals(422, answer.statusCode(), "the form is not taken"),
                () -> assertFalse(PageForm.messageBeside(answer, bad.form(), bad.field()).isBlank(),
                        "the field says why: " + PageForm.pageMessages(answer)),
                () -> assertTrue(PageForm.pageMessages(answer).contains("Nothing was saved"), PageForm.pageMessages(answer)),
                () -> assertFalse(answer.body().contains("Exception"), "no stack trace"),
                () -> assertEquals(before, ClinicRecords.recordsOf(alex), "nothing is saved"));
    }

    /** The other fields of the form hold good values, so that only the bad one can be refused. */
    private static void completeTheRest(Bad bad, PageForm form) {
        switch (bad.form()) {
            case "check-in" -> {
                if (bad.who().equals("team")) {
                    fillUnless(bad, form, "rating", "6");
                } else {
                    fillUnless(bad, form, "goals", "4");
                    fillUnless(bad, form, "tasks", "4");
                    fillUnless(bad, form, "bond", "4");
                }
            }
            case "task" -> {
                fillUnless(bad, form, "description", "Write down bedtime each night");
                fillUnless(bad, form, "frequency", "WEEKLY");
            }
            case "revise" -> {
                fillUnless(bad, form, "clientWords", "Sleep before midnight most nights");
                fillUnless(bad, form, "reason", "Testing a revision");
            }
            case "proposal" -> {
                fillUnless(bad, form, "clientWords", "Go swimming on Saturdays");
                fillUnless(bad, form, "owners", "PSYCHOTHERAPY");
                if (bad.field().startsWith("target")) {
                    fillUnless(bad, form, "targetMeasure", "swims a month");
                    fillUnless(bad, form, "targetValue", "4");
                }
            }
            case "note" -> fillUnless(bad, form, "body", "Spoke with Alex's school nurse");
            case "measure" -> {
                int items = bad.page().endsWith("GAD_7") ? 7 : 9;
                for (int item = 0; item < items; item++) {
                    // item 9 of the PHQ-9 at 0, so that a form wrongly taken would not raise a safety flag as well
                    fillUnless(bad, form, "items:" + item + ":answer", item == 8 ? "0" : "1");
                }
                fillUnless(bad, form, "difficulty", "SOMEWHAT_DIFFICULT");
            }
            case "concern" -> fillUnless(bad, form, "words", "I can't sleep");
            default -> { }
        }
    }

    private static void fillUnless(Bad bad, PageForm form, String field, String value) {
        if (!bad.field().equals(field)) {
            form.set(field, value);
        }
    }

    @Test
    void aFieldSaysWhyInTheReadersLanguage() {
        WebSession spanishReader = new WebSession().readingIn("es-MX,es;q=0.9");
        spanishReader.signIn("maria.gomez", PASSWORD, app() + "/clinician/caseload.xhtml");
        String address = app() + "/clinician/goal.xhtml?goal=" + goal;

        HttpResponse<String> answer = PageForm.on(spanishReader.get(address), "check-in")
                .set("rating", "siete").set("value", "0.001").submit(spanishReader, "save");

        assertEquals(422, answer.statusCode());
        assertEquals("Escribe un número entero, por ejemplo 7.", PageForm.messageBeside(answer, "check-in", "rating"));
        assertTrue(PageForm.pageMessages(answer).contains("No se ha guardado nada"), PageForm.pageMessages(answer));
    }

    @Test
    void aCorrectedFormIsTakenAfterARefusal() {
        String address = app() + "/clinician/goal.xhtml?goal=" + goal;
        HttpResponse<String> refused = PageForm.on(therapist.get(address), "check-in")
                .set("rating", "eleven").submit(therapist, "save");
        assertEquals(422, refused.statusCode());
        String before = ClinicRecords.recordsOf(alex);

        HttpResponse<String> taken = PageForm.on(refused, "check-in").set("rating", "7").submit(therapist, "save");

        assertEquals(302, taken.statusCode(), "a change done goes back to the page");
        assertFalse(before.equals(ClinicRecords.recordsOf(alex)), "the corrected check-in is saved");
    }

    static Stream<Arguments> badFormStates() {
        return Stream.of(
                Arguments.of("garbage", (Function<String, String>) own -> "garbage"),
                Arguments.of("empty", (Function<String, String>) own -> ""),
                Arguments.of("tampered", (Function<String, String>) own -> own + "9"),
                Arguments.of("from another session", null));
    }

    @ParameterizedTest(name = "a form state that is {0}")
    @MethodSource("badFormStates")
    void aFormWhoseStateIsBadIsNotTakenAndThePageComesBackWithWhatWasTyped(String what, Function<String, String> state) {
        String address = app() + "/clinician/goal.xhtml?goal=" + goal;
        PageForm form = PageForm.on(therapist.get(address), "task").set("description", "Walk to the bakery");
        String foreign = null;
        if (state == null) {
            WebSession someoneElse = new WebSession();
            someoneElse.signIn("priya.patel", PASSWORD, address);
            foreign = PageForm.on(someoneElse.get(address), "task").value("jakarta.faces.ViewState");
        }
        form.setNamed("jakarta.faces.ViewState",
                state == null ? foreign : state.apply(form.value("jakarta.faces.ViewState")));
        String before = ClinicRecords.recordsOf(alex);

        HttpResponse<String> answer = form.submit(therapist, "add");

        assertAll(what,
                () -> assertEquals(400, answer.statusCode()),
                () -> assertTrue(PageForm.pageMessages(answer).contains("This form was out of date"), PageForm.pageMessages(answer)),
                () -> assertTrue(answer.body().contains("value=\"Walk to the bakery\""), "what was typed is still in the form"),
                () -> assertTrue(answer.body().contains("Sleep before midnight on school nights"), "the same goal's page"),
                () -> assertEquals(before, ClinicRecords.recordsOf(alex), "nothing is saved"));
    }

    @Test
    void aFormSentFromAnotherSiteGetsThePageBackWithoutItsValues() {
        String address = app() + "/clinician/goal.xhtml?goal=" + goal;
        PageForm form = PageForm.on(therapist.get(address), "task").set("description", "Planted by another site")
                .setNamed("jakarta.faces.ViewState", "forged");
        String before = ClinicRecords.recordsOf(alex);

        HttpResponse<String> answer = therapist.post(form.action(), form.body("add"));

        assertEquals(400, answer.statusCode());
        assertFalse(answer.body().contains("Planted by another site"), "another site cannot fill in a form for someone");
        assertEquals(before, ClinicRecords.recordsOf(alex));
    }

    @Test
    void methodsPagesDoNotTakeAreRefusedWithoutAFailure() {
        String address = app() + "/clinician/goal.xhtml?goal=" + goal;
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            int status = therapist.send(method, address).statusCode();
            assertTrue(status >= 400 && status < 500, method + " answered " + status);
        }
    }

    @Test
    void onePersonsOverlappingRequestsAllAnswerWithoutAnError() throws Exception {
        List<String> teamPages = List.of("/clinician/caseload.xhtml", "/clinician/care-plan.xhtml?client=" + alex,
                "/clinician/goal.xhtml?goal=" + goal, "/clinician/care-team.xhtml?client=" + alex,
                "/clinician/preferences.xhtml?client=" + alex);
        List<String> portalPages = List.of("/portal/my-plan.xhtml", "/portal/goal.xhtml?goal=" + goal,
                "/portal/my-team.xhtml", "/portal/check-in.xhtml", "/portal/preferences.xhtml",
                "/portal/measure.xhtml?instrument=PHQ_9", "/portal/who-looked.xhtml", "/portal/consent.xhtml",
                "/portal/print.xhtml");
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        int threads = 16;
        int rounds = 30;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier everyoneReady = new CyclicBarrier(threads);
        List<Future<?>> running = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            boolean team = thread % 2 == 0;
            WebSession person = team ? therapist : client;
            List<String> pages = team ? teamPages : portalPages;
            int offset = thread;
            running.add(pool.submit(() -> {
                everyoneReady.await(30, TimeUnit.SECONDS);
                for (int round = 0; round < rounds; round++) {
                    String page = pages.get((offset + round) % pages.size());
                    HttpResponse<String> answer = person.get(app() + page);
                    if (answer.statusCode() != 200) {
                        failures.add(page + " answered " + answer.statusCode());
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES), "the requests end in time");
        for (Future<?> done : running) {
            // fails when a thread waited in vain for the others: then the requests did not overlap
            done.get();
        }
        assertEquals(List.of(), failures, (threads * rounds) + " requests from two people, " + threads + " at once");
    }

    static Stream<Arguments> formsSentTwice() {
        return Stream.of(
                Arguments.of("team", "/clinician/goal.xhtml?goal=", "task", "add", "description", "Lay out clothes the night before", "goal_task"),
                Arguments.of("team", "/clinician/goal.xhtml?goal=", "check-in", "save", "rating", "5", "progress_check_in"),
                Arguments.of("team", "/clinician/care-plan.xhtml?client=", "note", "write", "body", "Called the school about sleep", "team_note"),
                Arguments.of("team", "/clinician/care-plan.xhtml?client=", "strength", "add", "text", "Funny and kind", "care_plan_strength"),
                Arguments.of("team", "/clinician/care-plan.xhtml?client=", "proposal", "propose", "clientWords", "Read before bed", "goal"),
                Arguments.of("client", "/portal/check-in.xhtml", "check-in", "send", "comment", "Good session", "alliance_check_in"),
                Arguments.of("client", "/portal/my-plan.xhtml", "proposal", "propose", "clientWords", "Cycle to the park", "goal"));
    }

    @ParameterizedTest(name = "{2} sent twice at once")
    @MethodSource("formsSentTwice")
    void aFormSentTwiceAtOnceIsSavedOnce(String who, String page, String formId, String button, String field, String value,
            String table) throws Exception {
        WebSession person = who.equals("team") ? therapist : client;
        String address = app() + page + (page.endsWith("goal=") ? goal : page.endsWith("client=") ? alex : "");
        PageForm form = PageForm.on(person.get(address), formId).set(field, value);
        switch (formId) {
            case "proposal" -> form.set("owners", "PSYCHOTHERAPY");
            case "task" -> form.set("frequency", "WEEKLY");
            case "check-in" -> {
                if (who.equals("client")) {
                    form.set("goals", "4").set("tasks", "4").set("bond", "4");
                }
            }
            default -> { }
        }
        String body = form.body(button);
        int before = ClinicRecords.count(table, alex);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier bothClicked = new CyclicBarrier(2);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        for (int click = 0; click < 2; click++) {
            sent.add(pool.submit(() -> {
                bothClicked.await(30, TimeUnit.SECONDS);
                return person.postFromPage(form.action(), body);
            }));
        }
        pool.shutdown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : sent) {
            // fails when one click waited in vain for the other: then the form was not sent twice at once
            statuses.add(answer.get(60, TimeUnit.SECONDS).statusCode());
        }

        assertTrue(statuses.stream().allMatch(status -> status < 500), "no failure: " + statuses);
        assertEquals(before + 1, ClinicRecords.count(table, alex), formId + " saved once; statuses " + statuses);
    }
}
