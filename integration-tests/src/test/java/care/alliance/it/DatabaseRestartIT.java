package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import care.alliance.it.ClinicRecords.AuditRow;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * PostgreSQL restarts under a signed-in person: while it is away, every page says "unavailable
 * for a moment" with a 503 and readiness is down; when it is back, Alliance recovers by itself,
 * in the same session, without being restarted, and nothing written before is lost. The
 * database is taken away by {@link DatabaseProxy}; the machine's PostgreSQL keeps running.
 */
class DatabaseRestartIT extends DeployedAlliance {

    /** About as long as PostgreSQL takes to restart on a busy server. */
    private static final Duration OUTAGE = Duration.ofSeconds(15);
    /** Readiness must be back within this once the database answers again. */
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(60);

    private static final Pattern DATABASE_UP = Pattern.compile("\"name\":\"database\",\"status\":\"UP\"");
    private static final Pattern DATABASE_DOWN = Pattern.compile("\"name\":\"database\",\"status\":\"DOWN\"");

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aQuickRestartWhileNobodyIsUsingAllianceIsOvercomeByItself() throws InterruptedException {
        WebSession therapist = new WebSession();
        String carePage = carePageOfBlake();
        therapist.signIn("sam.rivera", PASSWORD, app() + "/clinician/caseload.xhtml");
        assertEquals(200, therapist.get(carePage).statusCode());
        DatabaseProxy.Relay database = DatabaseProxy.running();
        assertTrue(database.openConnections() > 0, "Alliance's pooled connections go through the proxy");

        // every pooled connection dies and nobody asks for a page before the database is back
        database.cutOff();
        Thread.sleep(1000);
        database.open();

        // only readiness asks: a pool that lent its dead connections again stayed down here for good
        report("after a quick restart", awaitReadiness(therapist));
        HttpResponse<String> after = therapist.get(carePage);
        assertEquals(200, after.statusCode(), after.body());
        assertTrue(after.body().contains("Care team of Morgan Blake"), after.body());
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void duringAnOutagePagesSayUnavailableThenTheSameSessionCarriesOnWithNothingLost() throws InterruptedException {
        long client = ClinicRecords.clientId("Blake");
        String carePage = carePageOfBlake();
        WebSession therapist = new WebSession();
        therapist.signIn("sam.rivera", PASSWORD, app() + "/clinician/caseload.xhtml");
        HttpResponse<String> before = therapist.get(carePage);
        assertEquals(200, before.statusCode());
        assertTrue(before.body().contains("Care team of Morgan Blake"), before.body());
        // reading the team is audited: a write Alliance made before the outage
        AuditRow viewed = new AuditRow("sam.rivera", "therapist", "VIEW_CARE_TEAM", client, "ALLOWED",
                "member of the client's care team");
        List<AuditRow> writtenBefore = ClinicRecords.auditOf("sam.rivera");
        assertEquals(viewed, writtenBefore.get(writtenBefore.size() - 1));

        ApiCaller api = ApiCaller.as(app(), "sam.rivera");

        DatabaseProxy.Relay database = DatabaseProxy.running();
        database.cutOff();
        try {
            // the REST API says the same as the pages: unavailable for a moment, try again
            HttpResponse<String> plan = api.get("/clients/" + client + "/care-plan");
            assertEquals(503, plan.statusCode(), plan.body());
            assertEquals("application/problem+json", plan.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertEquals(503, ApiCaller.object(plan).getInt("status"), plan.body());
            assertEquals("Unavailable for a moment", ApiCaller.object(plan).getString("title"), plan.body());
            assertFalse(plan.body().contains("Blake") || plan.body().contains("Exception"), plan.body());
            assertEquals("10", plan.headers().firstValue("Retry-After").orElse(null));

            Instant back = Instant.now().plus(OUTAGE);
            int pagesAsked = 0;
            do {
                HttpResponse<String> page = therapist.get(carePage);
                pagesAsked++;
                assertEquals(503, page.statusCode(), page.body());
                assertTrue(page.body().contains("Alliance is unavailable for a moment"), page.body());
                assertTrue(page.body().contains("Please try again in a minute"), page.body());
                assertFalse(page.body().contains("Morgan Blake"), "nothing of the client is shown");
                assertFalse(page.body().contains("Exception"), "no stack trace on the page");
                assertEquals("10", page.headers().firstValue("Retry-After").orElse(null));

                HttpResponse<String> ready = readiness(therapist);
                assertEquals(503, ready.statusCode(), ready.body());
                assertTrue(DATABASE_DOWN.matcher(ready.body()).find(), ready.body());
                Thread.sleep(2000);
            } while (Instant.now().isBefore(back));
            assertTrue(pagesAsked >= 3, "asked " + pagesAsked + " times during the outage");

            HttpResponse<String> spanish = therapist.readingIn("es").get(carePage);
            therapist.readingIn(null);
            assertEquals(503, spanish.statusCode());
            assertTrue(spanish.body().contains("Alliance no está disponible por un momento"), spanish.body());
            assertTrue(spanish.body().contains("lang=\"es\""), spanish.body());
        } finally {
            database.open();
        }

        report("after a " + OUTAGE.toSeconds() + " s outage", awaitReadiness(therapist));
        HttpResponse<String> after = therapist.get(carePage);
        assertEquals(200, after.statusCode(), "the same session, without signing in again: " + after.body());
        assertTrue(after.body().contains("Care team of Morgan Blake"), after.body());

        List<AuditRow> writtenAfter = ClinicRecords.auditOf("sam.rivera");
        assertEquals(writtenBefore, writtenAfter.subList(0, writtenBefore.size()), "what was written before is kept");
        assertEquals(List.of(viewed), writtenAfter.subList(writtenBefore.size(), writtenAfter.size()),
                "the read after the outage is audited; the refused pages during it showed and wrote nothing");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aConnectionLostAsACheckInCommitsIsUnavailableNotAnErrorAndTheCheckInSentAgainIsTakenOnce() {
        long goal = ClinicRecords.seedGoal(ClinicRecords.clientId("Blake"), "Walk to the shop and back, lost at the commit",
                "AGREED");
        ApiCaller api = ApiCaller.as(app(), "sam.rivera");
        String note = "Walked twice; sent as the database went away " + System.nanoTime();
        String checkIn = "{\"rating\":6,\"note\":\"" + note + "\"}";
        DatabaseProxy.Relay database = DatabaseProxy.running();

        database.cutAtCommitOf("progress_check_in");
        HttpResponse<String> lost = api.post("/goals/" + goal + "/check-ins", checkIn, null);

        assertEquals(1, database.cutAtCommit(), "the check-in's transaction lost its connection as it committed");
        assertEquals(503, lost.statusCode(), lost.body());
        assertEquals("Unavailable for a moment", ApiCaller.object(lost).getString("title"), lost.body());
        assertEquals("10", lost.headers().firstValue("Retry-After").orElse(null));
        assertEquals(List.of(), ClinicRecords.progressCheckInsNoted(note), "a commit that never reached the database saved nothing");

        HttpResponse<String> again = api.post("/goals/" + goal + "/check-ins", checkIn, null);
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(List.of(note + "|6|sam.rivera|" + goal), ClinicRecords.progressCheckInsNoted(note));
    }

    private String carePageOfBlake() {
        return app() + "/clinician/care-team.xhtml?client=" + ClinicRecords.clientId("Blake");
    }

    /** Asks readiness until it is up, at most {@link #RECOVERY_LIMIT}; returns how long that took. */
    private static Duration awaitReadiness(WebSession session) throws InterruptedException {
        Instant reopened = Instant.now();
        HttpResponse<String> ready = readiness(session);
        while (ready.statusCode() != 200) {
            if (Duration.between(reopened, Instant.now()).compareTo(RECOVERY_LIMIT) > 0) {
                fail("readiness still " + ready.statusCode() + " " + RECOVERY_LIMIT.toSeconds()
                        + " s after the database came back: " + ready.body());
            }
            Thread.sleep(500);
            ready = readiness(session);
        }
        assertTrue(DATABASE_UP.matcher(ready.body()).find(), ready.body());
        return Duration.between(reopened, Instant.now());
    }

    private static HttpResponse<String> readiness(WebSession session) {
        return session.get(AllianceServer.serverUrl() + "/health/ready");
    }

    private static void report(String when, Duration recovery) {
        System.out.printf("DatabaseRestartIT: readiness up %d ms %s%n", recovery.toMillis(), when);
    }
}
