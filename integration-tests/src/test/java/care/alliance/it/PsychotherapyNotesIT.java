package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.it.ClinicRecords.AuditRow;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * A therapist's psychotherapy notes are read by their author alone: over HTTP, every other role —
 * another therapist on the same team, the rest of the team, a clinician of another team, the client,
 * clinic IT — is refused, sees nothing of the note, and each attempt is in the audit log.
 */
class PsychotherapyNotesIT extends DeployedAlliance {

    private static final String BODY = "Process note: Taylor linked the panic to their father's illness.";
    private static long noteId;
    private static long clientId;

    @BeforeAll
    static void samWritesANoteOnTaylorsTeamWhichLeeHasJoined() {
        clientId = ClinicRecords.clientId("Reed");
        ClinicRecords.joinTeam("Reed", "lee.chen");
        noteId = ClinicRecords.seedPsychotherapyNote(clientId, "sam.rivera", BODY);
    }

    @AfterAll
    static void leeLeavesTaylorsTeamAgainForTheOtherTests() {
        ClinicRecords.leaveTeam("Reed", "lee.chen");
    }

    private HttpResponse<String> openNoteAs(String username, String landing) {
        WebSession session = new WebSession();
        session.signIn(username, PASSWORD, app() + landing);
        return session.get(app() + "/notes/psychotherapy-note.xhtml?note=" + noteId);
    }

    private static List<AuditRow> attemptsBy(String username) {
        return ClinicRecords.auditOfRecord("PsychotherapyNote", noteId).stream()
                .filter(row -> row.actor().equals(username))
                .toList();
    }

    @Test
    void theAuthorReadsTheirNoteAndTheReadingIsAudited() {
        HttpResponse<String> response = openNoteAs("sam.rivera", "/clinician/caseload.xhtml");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Taylor linked the panic"), response.body());
        assertEquals(List.of(new AuditRow("sam.rivera", "therapist", "READ_PSYCHOTHERAPY_NOTE", clientId, "ALLOWED",
                "member of the client's care team")), attemptsBy("sam.rivera"));
    }

    @ParameterizedTest(name = "{0} ({1}) is refused: {2}")
    @CsvSource(delimiter = '|', value = {
        "lee.chen     | therapist    | read by its author only             | /clinician/caseload.xhtml",
        "priya.patel  | psychiatrist | not for psychiatry to do            | /clinician/caseload.xhtml",
        "nina.brooks  | primary-care | not for primary care to do          | /clinician/caseload.xhtml",
        "maria.gomez  | care-manager | not for care management to do       | /clinician/caseload.xhtml",
        "tom.okafor   | primary-care | not on this client's care team      | /clinician/caseload.xhtml",
        "alex.morgan  | client       | another client's plan               | /portal/my-plan.xhtml",
        "ivan.petrov  | clinic-admin | role may not see clinical content   | /admin/care-teams.xhtml",
        "pat.quinn    | privacy-officer | role may not see clinical content | /privacy/audit.xhtml",
    })
    void everyoneElseIsRefusedSeesNothingAndIsAudited(String username, String role, String reason, String landing) {
        HttpResponse<String> response = openNoteAs(username, landing);

        assertEquals(403, response.statusCode());
        assertFalse(response.body().contains("Taylor linked the panic"), "nothing of the note is shown");
        assertFalse(response.body().contains("Exception"), "no stack trace on the page");
        assertEquals(List.of(new AuditRow(username, role, "READ_PSYCHOTHERAPY_NOTE", clientId, "REFUSED", reason)),
                attemptsBy(username));
    }

    @Test
    void theOtherTherapistsPlanPageDoesNotListTheNote() {
        WebSession lee = new WebSession();
        lee.signIn("lee.chen", PASSWORD, app() + "/clinician/caseload.xhtml");

        HttpResponse<String> plan = lee.get(app() + "/clinician/care-plan.xhtml?client=" + clientId);

        assertEquals(200, plan.statusCode());
        assertTrue(plan.body().contains("My psychotherapy notes"), "Lee sees their own, empty, section");
        assertFalse(plan.body().contains("Taylor linked the panic"), "but not Sam's note");
    }

    @Test
    void aTherapistWritesANoteOnThePlanInTheBrowserAndOnlyTheyFindItThere() {
        try (Browser sam = signedIn("sam.rivera", "My caseload")) {
            sam.open(app() + "/clinician/care-plan.xhtml?client=" + clientId);
            sam.waitFor(By.cssSelector("#psychotherapy-note-details > summary")).click();
            sam.waitFor(By.id("psychotherapy-note:body")).sendKeys("Taylor named the grief for the first time.");
            sam.driver().findElement(By.id("psychotherapy-note:write")).click();
            sam.waitForTitle("Care plan of");
            assertTrue(sam.text(By.id("messages")).contains("only you can read it"), sam.text(By.id("messages")));
            assertTrue(sam.text(By.id("psychotherapy-notes")).contains("Taylor named the grief"),
                    sam.text(By.id("psychotherapy-notes")));
        }
        WebSession lee = new WebSession();
        lee.signIn("lee.chen", PASSWORD, app() + "/clinician/caseload.xhtml");
        assertFalse(lee.get(app() + "/clinician/care-plan.xhtml?client=" + clientId).body().contains("named the grief"));
    }

    @Test
    void theAuthorsPlanPageListsTheirNote() {
        WebSession sam = new WebSession();
        sam.signIn("sam.rivera", PASSWORD, app() + "/clinician/caseload.xhtml");

        HttpResponse<String> plan = sam.get(app() + "/clinician/care-plan.xhtml?client=" + clientId);

        assertEquals(200, plan.statusCode());
        assertTrue(plan.body().contains("Taylor linked the panic"), plan.body());
    }
}
