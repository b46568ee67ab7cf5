package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Keycloak goes down while a therapist is signed in: they keep working, pages and saving alike,
 * because Alliance checks tokens at sign-in only; someone signing in meanwhile gets Alliance's own
 * "signing in is not possible right now" (503), not a browser's connection error or a 500;
 * readiness says Keycloak is down. When Keycloak is back, signing in works again by itself.
 */
class KeycloakOutageIT extends DeployedAlliance {

    private static final Pattern KEYCLOAK_DOWN = Pattern.compile("\"name\":\"keycloak\",\"status\":\"DOWN\"");
    private static final Pattern DATABASE_UP = Pattern.compile("\"name\":\"database\",\"status\":\"UP\"");
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(60);

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void signedInPeopleKeepWorkingAndNewSignInsAreToldToWait() throws InterruptedException {
        long client = ClinicRecords.clientId("Blake");
        String plan = app() + "/clinician/care-plan.xhtml?client=" + client;
        WebSession therapist = new WebSession();
        therapist.signIn("sam.rivera", PASSWORD, app() + "/clinician/caseload.xhtml");
        String note = "Written while the sign-in service was down " + System.nanoTime();

        KeycloakServer.downWhile(() -> {
            HttpResponse<String> caseload = therapist.get(app() + "/clinician/caseload.xhtml");
            assertEquals(200, caseload.statusCode(), caseload.body());
            assertTrue(caseload.body().contains("Morgan Blake"), caseload.body());

            HttpResponse<String> written = PageForm.on(therapist.get(plan), "note")
                    .set("body", note).submit(therapist, "write");
            assertTrue(written.statusCode() < 400, written.statusCode() + " " + written.body());
            assertTrue(therapist.get(plan).body().contains(note), "the note is saved and shown");

            WebSession newcomer = new WebSession();
            HttpResponse<String> signIn = newcomer.get(app() + "/clinician/caseload.xhtml");
            assertEquals(503, signIn.statusCode(), signIn.body());
            assertTrue(signIn.body().contains("Signing in is not possible right now"), signIn.body());
            assertTrue(signIn.body().contains("Please try again in a minute"), signIn.body());
            assertFalse(signIn.body().contains("Exception"), "no stack trace on the page");
            HttpResponse<String> spanish = new WebSession().readingIn("es").get(app() + "/clinician/caseload.xhtml");
            assertEquals(503, spanish.statusCode());
            assertTrue(spanish.body().contains("lang=\"es\""), spanish.body());

            HttpResponse<String> ready = readiness(newcomer);
            assertEquals(503, ready.statusCode(), ready.body());
            assertTrue(KEYCLOAK_DOWN.matcher(ready.body()).find(), ready.body());
            assertTrue(DATABASE_UP.matcher(ready.body()).find(), "the database is not blamed: " + ready.body());
        });

        awaitReadiness();
        WebSession afterwards = new WebSession();
        HttpResponse<String> caseload = afterwards.signIn("priya.patel", PASSWORD, app() + "/clinician/caseload.xhtml");
        assertEquals(200, caseload.statusCode(), caseload.body());
        assertTrue(caseload.body().contains("My caseload"), caseload.body());
        assertEquals(200, therapist.get(plan).statusCode(), "the therapist's session outlived the outage");
    }

    private static void awaitReadiness() throws InterruptedException {
        Instant back = Instant.now();
        WebSession probe = new WebSession();
        HttpResponse<String> ready = readiness(probe);
        while (ready.statusCode() != 200) {
            if (Duration.between(back, Instant.now()).compareTo(RECOVERY_LIMIT) > 0) {
                fail("readiness still " + ready.statusCode() + " after Keycloak came back: " + ready.body());
            }
            Thread.sleep(500);
            ready = readiness(probe);
        }
    }

    private static HttpResponse<String> readiness(WebSession session) {
        return session.get(AllianceServer.serverUrl() + "/health/ready");
    }
}
