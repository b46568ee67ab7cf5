package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The same alliance.war on a full Payara Server 6, deployed and configured only as the README's
 * "Deploying" says, against its own PostgreSQL database and the tests' Keycloak.
 */
@ExtendWith(KeycloakServer.class)
class PayaraServerIT {

    private static final String DATABASE = System.getProperty("it.payara.server.database", "alliance_it_server");

    private static PayaraServer server;

    @BeforeAll
    static void deployAsClinicItDoes() throws Exception {
        server = PayaraServer.deployedWith(TestSettings.documentedVariables(databaseUrl()));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aTherapistSignsInThroughKeycloakAndSeesTheirCaseload() {
        try (Browser browser = new Browser()) {
            browser.open(server.url() + "/");
            browser.signInOnKeycloak("sam.rivera", DeployedAlliance.PASSWORD);
            browser.waitForTitle("My caseload");

            List<String> expected = ClinicRecords.currentClientsOf("sam.rivera", databaseUrl());
            assertFalse(expected.isEmpty());
            assertEquals(expected, browser.texts(By.cssSelector("td.client-name a.client-link")).stream().sorted().toList());
            assertEquals("Therapist", browser.text(By.id("signed-in-role")));
        }
    }

    @Test
    void healthIsOnAndReadinessSeesTheDatabaseAndKeycloak() throws Exception {
        HttpResponse<String> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.url() + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().matches(".*\"name\":\"database\",\"status\":\"UP\".*"), ready.body());
        assertTrue(ready.body().matches(".*\"name\":\"keycloak\",\"status\":\"UP\".*"), ready.body());
    }

    /** Deployed at the root, as clinic IT does, the server's /metrics is inside Alliance, whose filter decides who reads it. */
    @Test
    void theMetricsAreReadFromThisMachineAndNeverThroughAProxy() {
        MetricsPage metrics = MetricsPage.read(server.url());

        assertTrue(metrics.text().contains("alliance_sign_ins_total"), metrics.text());
        assertEquals(403, MetricsPage.get(server.url(), "X-Forwarded-For", "203.0.113.9").statusCode(),
                "not through a proxy, even one on this machine");
        assertEquals(403, MetricsPage.get(server.url(), "Forwarded", "for=203.0.113.9").statusCode());
    }

    @Test
    void stylesheetsAreCompressedButPagesAreNot() throws Exception {
        HttpClient browserLike = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String signedOut = server.url() + "/signed-out.xhtml";
        String page = browserLike.send(HttpRequest.newBuilder(URI.create(signedOut)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher link = Pattern.compile("href=\"([^\"]*alliance\\.css[^\"]*)\"").matcher(page);
        assertTrue(link.find(), page);
        URI stylesheet = URI.create(signedOut).resolve(link.group(1).replace("&amp;", "&"));

        HttpResponse<Void> styles = browserLike.send(HttpRequest.newBuilder(stylesheet)
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> plain = browserLike.send(HttpRequest.newBuilder(URI.create(signedOut))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.discarding());

        assertEquals(200, styles.statusCode(), stylesheet.toString());
        assertEquals("gzip", styles.headers().firstValue("Content-Encoding").orElse("none"), stylesheet.toString());
        assertEquals("none", plain.headers().firstValue("Content-Encoding").orElse("none"));
    }

    private static String databaseUrl() {
        return "jdbc:postgresql://127.0.0.1:" + TestSettings.databasePort() + "/" + DATABASE;
    }
}
