package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.it.ClinicRecords.AuditRow;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who gets in where, over HTTP: the WAR on Payara Micro, signing in through the real Keycloak,
 * reading and writing PostgreSQL.
 */
class AccessIT extends DeployedAlliance {

    @Test
    void anAnonymousPageRequestIsSentToKeycloaksLoginWithPkce() {
        HttpResponse<String> response = new WebSession().get(app() + "/clinician/caseload.xhtml");

        assertEquals(302, response.statusCode());
        String location = WebSession.location(response);
        assertTrue(location.startsWith(TestSettings.keycloakUrl() + "/realms/alliance/protocol/openid-connect/auth?"), location);
        assertTrue(location.contains("code_challenge_method=S256"), location);
        assertTrue(location.contains("client_id=alliance-web"), location);
    }

    @Test
    void aSignedInPersonWithoutTheRoleGetsAClear403Page() {
        WebSession client = new WebSession();
        client.signIn("alex.morgan", PASSWORD, app() + "/portal/my-team.xhtml");

        HttpResponse<String> response = client.get(app() + "/clinician/caseload.xhtml");

        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("This page is not open to you"), response.body());
        assertFalse(response.body().contains("Exception"), "no stack trace on the page");
    }

    @Test
    void aTherapistAskingForAClientOutsideTheirTeamsIsRefusedAndTheRefusalIsAudited() {
        long otherTherapistsClient = ClinicRecords.clientId("Ortiz");
        long ownClient = ClinicRecords.clientId("Blake");
        WebSession therapist = new WebSession();
        therapist.signIn("sam.rivera", PASSWORD, app() + "/clinician/caseload.xhtml");
        int before = ClinicRecords.auditOf("sam.rivera").size();

        HttpResponse<String> refused = therapist.get(app() + "/clinician/care-team.xhtml?client=" + otherTherapistsClient);
        HttpResponse<String> allowed = therapist.get(app() + "/clinician/care-team.xhtml?client=" + ownClient);

        assertEquals(403, refused.statusCode());
        assertFalse(refused.body().contains("Ortiz"), "nothing of the refused client is shown");
        assertEquals(200, allowed.statusCode());
        assertTrue(allowed.body().contains("Care team of Morgan Blake"), allowed.body());
        List<AuditRow> audit = ClinicRecords.auditOf("sam.rivera");
        List<AuditRow> written = audit.subList(before, audit.size());
        assertEquals(List.of(
                new AuditRow("sam.rivera", "therapist", "VIEW_CARE_TEAM", otherTherapistsClient, "REFUSED", "not on this client's care team"),
                new AuditRow("sam.rivera", "therapist", "VIEW_CARE_TEAM", ownClient, "ALLOWED", "member of the client's care team")),
                written);
    }

    @Test
    void aFormerTeamMemberNoLongerSeesTheClient() {
        WebSession therapist = new WebSession();
        therapist.signIn("lee.chen", PASSWORD, app() + "/clinician/caseload.xhtml");

        HttpResponse<String> response = therapist.get(app() + "/clinician/care-team.xhtml?client=" + ClinicRecords.clientId("Morgan"));

        assertEquals(403, response.statusCode());
    }

    @Test
    void anUnknownOrMalformedClientNumberIsNotFound() {
        WebSession therapist = new WebSession();
        therapist.signIn("sam.rivera", PASSWORD, app() + "/clinician/caseload.xhtml");

        assertEquals(404, therapist.get(app() + "/clinician/care-team.xhtml?client=999999").statusCode());
        HttpResponse<String> malformed = therapist.get(app() + "/clinician/care-team.xhtml?client=%3Cb%3Einjected%3C%2Fb%3E");
        assertEquals(404, malformed.statusCode());
        assertFalse(malformed.body().contains("<b>injected</b>"), "input is never echoed as markup");
    }

    @Test
    void signingOutEndsTheSessionHereAndInKeycloak() {
        WebSession therapist = new WebSession();
        HttpResponse<String> caseload = therapist.signIn("sam.rivera", PASSWORD, app() + "/clinician/caseload.xhtml");
        assertEquals(200, caseload.statusCode());

        HttpResponse<String> signedOut = therapist.follow(therapist.post(app() + "/signout", ""));
        assertEquals(200, signedOut.statusCode());
        assertTrue(signedOut.body().contains("You are signed out"), signedOut.body());

        HttpResponse<String> again = therapist.get(app() + "/clinician/caseload.xhtml");
        assertEquals(302, again.statusCode(), "the application session is gone");
        assertTrue(WebSession.isKeycloakLoginForm(therapist.follow(again)),
                "Keycloak asks for the password again: its session is gone too");
    }

    @Test
    void theMetricsCountSignInsAndRefusalsAndTimeEachPageByItsName() throws InterruptedException {
        // The tests deploy Alliance under /alliance: the server's /metrics is then at its root.
        String server = AllianceServer.serverUrl();
        MetricsPage before = MetricsPage.read(server);
        WebSession therapist = new WebSession();
        therapist.signIn("sam.rivera", PASSWORD, app() + "/clinician/caseload.xhtml");
        long otherTherapistsClient = ClinicRecords.clientId("Ortiz");
        long ownClient = ClinicRecords.clientId("Blake");

        assertEquals(403, therapist.get(app() + "/clinician/care-team.xhtml?client=" + otherTherapistsClient).statusCode());
        assertEquals(200, therapist.get(app() + "/clinician/care-team.xhtml?client=" + ownClient).statusCode());
        assertEquals(200, ApiCaller.as(app(), "sam.rivera").get("/clients/" + ownClient + "/goals").statusCode());
        MetricsPage after = MetricsPage.read(server);

        assertEquals(1, after.value("alliance_sign_ins_total") - before.value("alliance_sign_ins_total"), after.text());
        assertEquals(1, after.value("alliance_refusals_total", "action", "VIEW_CARE_TEAM")
                - before.value("alliance_refusals_total", "action", "VIEW_CARE_TEAM"), "the refusal the audit recorded");
        assertEquals(2, after.value("alliance_request_seconds_count", "page", "/clinician/care-team.xhtml")
                - before.value("alliance_request_seconds_count", "page", "/clinician/care-team.xhtml"),
                "both care-team pages under one name, whichever client they showed:\n" + after.linesOf("alliance_request"));
        assertTrue(after.value("alliance_request_seconds_count", "page", "/clinician/caseload.xhtml") >= 1,
                after.linesOf("alliance_request"));
        assertTrue(after.value("alliance_request_seconds_count", "page", "GET /api/v1/clients/{clientId}/goals") >= 1,
                after.linesOf("alliance_request"));
        assertTrue(after.value("alliance_request_seconds_sum", "page", "/clinician/care-team.xhtml") > 0, "timed");
        List<String> pages = after.labelValues("alliance_request_seconds_count", "page");
        assertTrue(pages.stream().noneMatch(page -> page.matches(".*(/\\d+(/|$)|[?=]).*")),
                "no page is named by a record's number or a query: " + pages);
        long raised = raiseASafetyFlagOn(ownClient);
        try {
            int open = ClinicRecords.openSafetyFlags();
            assertTrue(open >= 1, "the PHQ-9 just entered left a flag open");
            assertEquals(open, openFlagsOnceCounted(server), "the gauge, as the database counts them, a flag more");
        } finally {
            ClinicRecords.takeBackMeasure(raised);
        }
        assertEquals(ClinicRecords.openSafetyFlags(), openFlagsOnceCounted(server), "the gauge counts again: one fewer");
        assertTrue(after.text().contains("alliance_ruptures_flagged_total"), after.text());
        assertFalse(after.text().contains("Ortiz") || after.text().contains("sam.rivera"), "nobody is named");
    }

    /** A paper PHQ-9 with item 9 above 0, entered by the client's therapist: its flag is open until followed up. */
    private long raiseASafetyFlagOn(long client) {
        HttpResponse<String> entered = ApiCaller.as(app(), "sam.rivera").post("/clients/" + client + "/measures",
                "{\"instrument\":\"PHQ_9\",\"answers\":[1,1,1,1,1,1,1,1,1],\"difficulty\":\"VERY_DIFFICULT\","
                        + "\"completedOn\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\"}", null);
        assertEquals(201, entered.statusCode(), entered.body());
        assertTrue(ApiCaller.object(entered).getBoolean("raisedSafetyFlag"), entered.body());
        return ApiCaller.object(entered).getJsonNumber("id").longValue();
    }

    /**
     * The open safety flags as the gauge says, once it has counted them since the last change: it
     * counts every 30 s, and the run's other tests raise and close flags on the same server.
     */
    private static double openFlagsOnceCounted(String server) throws InterruptedException {
        long expected = ClinicRecords.openSafetyFlags();
        Instant deadline = Instant.now().plusSeconds(45);
        double counted = MetricsPage.read(server).value("alliance_safety_flags_open");
        while (counted != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            counted = MetricsPage.read(server).value("alliance_safety_flags_open");
        }
        return counted;
    }

    @Test
    void readinessCoversTheDatabaseAndKeycloak() {
        HttpResponse<String> ready = new WebSession().get(AllianceServer.serverUrl() + "/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
        assertTrue(ready.body().contains("\"keycloak\""), ready.body());
    }

    @Test
    void theAuditTableRefusesChangesAndRemovals() {
        new WebSession().signIn("sam.rivera", PASSWORD, app() + "/clinician/caseload.xhtml");
        int written = ClinicRecords.auditOf("sam.rivera").size();
        assertTrue(written > 0, "reading the caseload was audited");

        assertThrows(SQLException.class, () -> ClinicRecords.execute("update audit_event set outcome = 'ALLOWED'"));
        assertThrows(SQLException.class, () -> ClinicRecords.execute("delete from audit_event"));
        assertThrows(SQLException.class, () -> ClinicRecords.execute("truncate audit_event"));
        assertEquals(written, ClinicRecords.auditOf("sam.rivera").size());
    }

    @Test
    void theApplicationsAccountCannotRemoveTheAuditsProtection() {
        SQLException dropped = assertThrows(SQLException.class,
                () -> ClinicRecords.execute("drop trigger audit_event_append_only on audit_event"));
        SQLException disabled = assertThrows(SQLException.class,
                () -> ClinicRecords.execute("alter table audit_event disable trigger all"));
        SQLException deleted = assertThrows(SQLException.class, () -> ClinicRecords.execute("delete from audit_event"));

        assertEquals("42501", deleted.getSQLState(), "refused for want of the right, before the trigger: " + deleted.getMessage());
        assertEquals("42501", dropped.getSQLState(), dropped.getMessage());
        assertEquals("42501", disabled.getSQLState(), disabled.getMessage());
    }

    @Test
    void alliancesStylesheetIsAddressedByItsContentSoAnUpgradeReachesEveryBrowser() throws Exception {
        String address = stylesheetAddress(new WebSession().get(app() + "/signed-out.xhtml").body());
        Matcher revision = Pattern.compile("[?&]rev=([0-9a-f]{12})").matcher(address);
        assertTrue(revision.find(), address);

        HttpResponse<String> stylesheet = new WebSession().get(address);

        assertEquals(200, stylesheet.statusCode(), address);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(stylesheet.body().getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(digest, 0, 6), revision.group(1), "the address names what is served");
    }

    @Test
    void stylesheetsAndScriptsAreCompressedButPagesAreNot() throws Exception {
        String address = stylesheetAddress(new WebSession().get(app() + "/signed-out.xhtml").body());
        // as a browser asks over plain HTTP: HTTP/1.1, where the server's compression applies
        HttpClient browserLike = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        HttpResponse<Void> stylesheet = browserLike.send(HttpRequest.newBuilder(URI.create(address))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> page = browserLike.send(HttpRequest.newBuilder(URI.create(app() + "/signed-out.xhtml"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.discarding());

        assertEquals("gzip", stylesheet.headers().firstValue("Content-Encoding").orElse("none"), address);
        assertEquals("none", page.headers().firstValue("Content-Encoding").orElse("none"),
                "pages carry the form's token beside what people type, so they are sent as they are (BREACH)");
    }

    private String stylesheetAddress(String page) {
        Matcher link = Pattern.compile("href=\"([^\"]*alliance\\.css[^\"]*)\"").matcher(page);
        assertTrue(link.find(), page);
        return URI.create(app() + "/").resolve(link.group(1).replace("&amp;", "&")).toString();
    }
}
