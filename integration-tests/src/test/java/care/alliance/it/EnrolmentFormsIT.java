package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The enrolment forms over HTTP, sent as an attacker or a clumsy hand would send them: registering
 * a client and forming a care team with empty, marked-up, control-character, malformed, unknown,
 * future, overlapping or backwards values. Each answers 422 with a message beside the field and
 * saves nothing; none answers 5xx.
 */
class EnrolmentFormsIT extends DeployedAlliance {

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
            return form + ":" + field + " = " + shown.replace("\u0000", "\\0").replace("\u0007", "\\a");
        }
    }

    static Stream<Bad> badRegistrations() {
        return Stream.of(
                new Bad("register", "givenName", ""),
                new Bad("register", "givenName", "   "),
                new Bad("register", "familyName", "<script>alert(1)</script>"),
                new Bad("register", "familyName", "Pe\u0000rez"),
                new Bad("register", "familyName", LONG),
                new Bad("register", "preferredName", "Ro\u0007sa"),
                new Bad("register", "preferredName", "<b>Rosa</b>"),
                new Bad("register", "pronouns", LONG),
                new Bad("register", "dateOfBirth", "2999-01-01"),
                new Bad("register", "dateOfBirth", "2026-02-30"),
                new Bad("register", "dateOfBirth", "1850-01-01"),
                new Bad("register", "dateOfBirth", ""),
                new Bad("register", "language", "KLINGON"),
                new Bad("register", "recordNumber", ""),
                new Bad("register", "recordNumber", "MRN 1; drop table client"),
                new Bad("register", "recordNumber", "mrn-1001"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void aBadRegistrationIsRefusedBesideItsFieldAndNothingIsSaved(Bad bad) {
        PageForm form = PageForm.on(careManager.get(app() + "/enrolment/register-client.xhtml"), "register");
        Map<String, String> good = Map.of("givenName", "Valentina", "familyName", "Forms" + Math.abs(bad.hashCode()),
                "dateOfBirth", "1980-05-05", "language", "ENGLISH", "recordNumber", "FORMS-" + Math.abs(bad.hashCode()));
        good.forEach((field, value) -> {
            if (!field.equals(bad.field())) {
                form.set(field, value);
            }
        });
        form.set(bad.field(), bad.value());
        int clients = ClinicRecords.clientCount();

        HttpResponse<String> answer = form.submit(careManager, "save");

        assertRefusedBeside(answer, bad);
        assertEquals(clients, ClinicRecords.clientCount(), "nobody is registered");
        if (bad.value().equals("mrn-1001")) {
            assertTrue(PageForm.messageBeside(answer, "register", "recordNumber").startsWith("Alex Morgan is already registered"),
                    PageForm.messageBeside(answer, "register", "recordNumber"));
        }
    }

    static Stream<Bad> badTeamChanges() {
        return Stream.of(
                new Bad("appoint", "staffMember", ""),
                new Bad("appoint", "staffMember", "abc"),
                new Bad("appoint", "staffMember", "999999"),
                new Bad("appoint", "teamRole", "BOSS"),
                new Bad("appoint", "firstDayOnTeam", "2026-02-30"),
                new Bad("appoint", "firstDayOnTeam", "0001-01-01"),
                new Bad("appoint", "firstDayOnTeam", ""),
                new Bad("appoint", "firstDayOnTeam", "overlapping"),
                new Bad("appoint", "teamRole", "second lead"),
                new Bad("release", "staffMember", ""),
                new Bad("release", "staffMember", "abc"),
                new Bad("release", "lastDayOnTeam", "2020-01-01"),
                new Bad("release", "lastDayOnTeam", "+999999999-12-31"),
                new Bad("release", "lastDayOnTeam", ""),
                new Bad("release", "releaseReason", ""),
                new Bad("release", "releaseReason", "<img src=x onerror=alert(1)>"),
                new Bad("release", "releaseReason", "moved\u0000on"),
                new Bad("release", "releaseReason", "moved\non"),
                new Bad("release", "releaseReason", LONG));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTeamChanges")
    void aBadTeamChangeIsRefusedBesideItsFieldAndNothingChanges(Bad bad) {
        PageForm form = PageForm.on(careManager.get(app() + "/enrolment/care-team.xhtml?client=" + blake), bad.form());
        String sam = String.valueOf(ClinicRecords.staffId("sam.rivera"));
        String lee = String.valueOf(ClinicRecords.staffId("lee.chen"));
        if (bad.form().equals("appoint")) {
            form.set("staffMember", lee).set("teamRole", "MEMBER").set("firstDayOnTeam", "2026-11-01");
            switch (bad.value()) {
                case "overlapping" -> form.set("staffMember", sam).set("firstDayOnTeam", "2026-11-01");
                case "second lead" -> form.set("teamRole", "LEAD");
                default -> form.set(bad.field(), bad.value());
            }
        } else {
            form.set("staffMember", sam).set("lastDayOnTeam", "2026-11-30").set("releaseReason", "Moved on")
                    .set(bad.field(), bad.value());
        }
        String before = ClinicRecords.teamRecordsOf("Blake");

        HttpResponse<String> answer = form.submit(careManager, "save");

        assertRefusedBeside(answer, bad);
        assertEquals(before, ClinicRecords.teamRecordsOf("Blake"), "the team is as it was");
    }

    @Test
    void aFieldSaysWhyInTheReadersLanguage() {
        WebSession spanishReader = new WebSession().readingIn("es-ES,es;q=0.9");
        spanishReader.signIn("maria.gomez", PASSWORD, app() + "/clinician/caseload.xhtml");

        HttpResponse<String> answer = PageForm.on(spanishReader.get(app() + "/enrolment/register-client.xhtml"), "register")
                .set("givenName", "Lucía").set("familyName", "Spanish").set("dateOfBirth", "1990-01-01")
                .set("recordNumber", "MRN-1001").submit(spanishReader, "save");

        assertEquals(422, answer.statusCode());
        assertEquals("Alex Morgan ya está dado de alta con el número de historia MRN-1001; abre su ficha en lugar de"
                + " darle de alta otra vez.", PageForm.messageBeside(answer, "register", "recordNumber"));
    }

    @Test
    void onlyCareManagersAndClinicItOpenTheEnrolmentPages() {
        WebSession therapist = new WebSession();
        therapist.signIn("sam.rivera", PASSWORD, app() + "/clinician/caseload.xhtml");
        assertEquals(403, therapist.get(app() + "/enrolment/register-client.xhtml").statusCode());
        assertEquals(403, therapist.get(app() + "/enrolment/care-team.xhtml?client=" + blake).statusCode());

        WebSession admin = new WebSession();
        admin.signIn("ivan.petrov", PASSWORD, app() + "/admin/care-teams.xhtml");
        HttpResponse<String> team = admin.get(app() + "/enrolment/care-team.xhtml?client=" + blake);
        assertEquals(200, team.statusCode());
        assertTrue(team.body().contains("Sam Rivera, LCSW"));
        assertEquals(404, admin.get(app() + "/enrolment/care-team.xhtml?client=abc").statusCode());
        assertEquals(404, admin.get(app() + "/enrolment/care-team.xhtml?client=99999999").statusCode());
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
