package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The FHIR export on the deployed WAR, over the real demo clinic: each client's plan, fetched by
 * the care manager who leads their team, validates against R4 with no error and carries no word
 * of a psychotherapy note; another team's clinician and clinic IT are refused with an
 * OperationOutcome; and the client downloads their own plan from the portal and opens its
 * printable page.
 */
class FhirExportIT extends DeployedAlliance {

    private static final String PSYCHOTHERAPY_NOTE = "Process note only for me: rivalry with the older brother";

    private static FhirContext fhir;
    private static FhirValidator validator;

    @BeforeAll
    static void buildTheValidator() {
        fhir = FhirContext.forR4();
        validator = fhir.newValidator().registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
                new DefaultProfileValidationSupport(fhir), new InMemoryTerminologyServerValidationSupport(fhir),
                new CommonCodeSystemsTerminologyService(fhir), new SnapshotGeneratingValidationSupport(fhir))));
    }

    private String everything(long clientId) {
        return app() + "/fhir/Patient/client-" + clientId + "/$everything";
    }

    @Test
    void everyDemoClientsPlanValidatesAgainstR4ForTheirTeamAndHoldsNoPsychotherapyNote() throws SQLException {
        long morgan = ClinicRecords.clientId("Morgan");
        update("insert into psychotherapy_note (client_id, author, body, written_at) values (?, 'sam.rivera', ?,"
                + " current_timestamp)", morgan, PSYCHOTHERAPY_NOTE);
        Map<String, List<Long>> clientsByLead = new HashMap<>();
        for (List<String> row : rows("select s.username, c.id from client c join care_team t on t.client_id = c.id"
                + " join care_team_member m on m.care_team_id = t.id and m.team_role = 'LEAD' and m.ends_on is null"
                + " join staff_member s on s.id = m.staff_member_id"
                // The demo clinic's clients only: other tests of the same run register clients of their own.
                + " where c.record_number like 'MRN-10__' and c.record_number between 'MRN-1001' and 'MRN-1012' order by c.id")) {
            clientsByLead.computeIfAbsent(row.get(0), lead -> new ArrayList<>()).add(Long.parseLong(row.get(1)));
        }
        assertEquals(12, clientsByLead.values().stream().mapToInt(List::size).sum(), "every demo client has a lead");

        List<String> errors = new ArrayList<>();
        int warnings = 0;
        for (Map.Entry<String, List<Long>> lead : clientsByLead.entrySet()) {
            WebSession session = new WebSession();
            session.signIn(lead.getKey(), PASSWORD, app() + "/");
            for (long client : lead.getValue()) {
                HttpResponse<String> response = session.get(everything(client));
                assertEquals(200, response.statusCode(), lead.getKey() + " exports client " + client);
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/fhir+json"));
                assertFalse(response.body().contains("rivalry"), "the psychotherapy note's words");
                Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, response.body());
                assertEquals("client-" + client, bundle.getEntryFirstRep().getResource().getIdElement().getIdPart());
                for (SingleValidationMessage message : validator.validateWithResult(bundle).getMessages()) {
                    if (message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL) {
                        errors.add("client " + client + ": " + message.getLocationString() + " " + message.getMessage());
                    } else {
                        warnings++;
                    }
                }
            }
            if (lead.getValue().contains(morgan)) {
                HttpResponse<String> xml = session.get(everything(morgan) + "?_format=xml");
                assertTrue(xml.headers().firstValue("Content-Type").orElse("").startsWith("application/fhir+xml"));
                assertTrue(xml.body().contains("<Bundle xmlns=\"http://hl7.org/fhir\">"), "XML on request");
            }
        }
        System.out.println("FhirExportIT: " + warnings + " validation warnings or notes, " + errors.size() + " errors");
        assertEquals(List.of(), errors);
    }

    @Test
    void anotherTeamsClinicianAndClinicItAreRefusedWithAnOperationOutcome() throws SQLException {
        long morgan = ClinicRecords.clientId("Morgan");
        String outsider = rows("select s.username from staff_member s where s.username in"
                + " ('priya.patel', 'tom.okafor', 'nina.brooks', 'sam.rivera', 'lee.chen', 'maria.gomez')"
                + " and not exists (select 1 from care_team_member m join care_team t on t.id = m.care_team_id"
                + " where t.client_id = " + morgan + " and m.staff_member_id = s.id and m.ends_on is null)"
                + " order by s.username").get(0).get(0);
        for (String username : List.of(outsider, "ivan.petrov")) {
            WebSession session = new WebSession();
            session.signIn(username, PASSWORD, app() + "/");
            HttpResponse<String> response = session.get(everything(morgan));
            assertEquals(403, response.statusCode(), username);
            OperationOutcome outcome = fhir.newJsonParser().parseResource(OperationOutcome.class, response.body());
            assertEquals(OperationOutcome.IssueType.FORBIDDEN, outcome.getIssueFirstRep().getCode(), username);
            assertFalse(response.body().contains("Alex"), username + " reads nothing of the plan");
        }
        WebSession maria = new WebSession();
        maria.signIn("maria.gomez", PASSWORD, app() + "/");
        assertEquals(404, maria.get(app() + "/fhir/Patient/client-987654/$everything").statusCode());
        assertEquals(404, maria.get(app() + "/fhir/Patient/not-a-client/$everything").statusCode());
        List<String> refusals = ClinicRecords.auditOf(outsider).stream()
                .filter(event -> event.action().equals("EXPORT_PLAN")).map(ClinicRecords.AuditRow::outcome).toList();
        assertTrue(refusals.contains("REFUSED"), "the refused export is audited: " + refusals);
    }

    @Test
    void theClientDownloadsTheirOwnPlanFromThePortalAndOpensItsPrintablePage() {
        try (Browser alex = signedIn("alex.morgan", "My plan")) {
            String href = alex.driver().findElement(By.id("download-fhir")).getAttribute("href");
            assertEquals("Download my plan (FHIR)", alex.text(By.id("download-fhir")));
            HttpResponse<String> download = withCookiesOf(alex, href);
            assertEquals(200, download.statusCode());
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                    "offered as a file");
            Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, download.body());
            Patient patient = (Patient) bundle.getEntryFirstRep().getResource();
            assertEquals("Alex Morgan", patient.getNameFirstRep().getText());
            assertFalse(bundle.getEntry().stream().anyMatch(entry -> entry.getResource().fhirType()
                    .equals("QuestionnaireResponse")), "the client's own export has their scores, not their answers item by item");
            assertTrue(validator.validateWithResult(bundle).getMessages().stream()
                    .noneMatch(message -> message.getSeverity() == ResultSeverityEnum.ERROR), "valid R4");

            alex.clickAndWaitForTheNextPage(By.id("print-my-plan"));
            alex.waitForTitle("Care plan of Alex Morgan");
            String page = alex.text(By.id("printable-plan"));
            alex.screenshot("portal-printable-plan");
            assertTrue(page.contains("My goals") && page.contains("My care team"), page);
        }
        long jordan = ClinicRecords.clientId("Lee");
        try (Browser alex = signedIn("alex.morgan", "My plan")) {
            assertEquals(403, withCookiesOf(alex, everything(jordan)).statusCode(), "another client's plan");
        }
    }

    /** A request with the browser's cookies, as the browser sends it when the link is followed. */
    private static HttpResponse<String> withCookiesOf(Browser browser, String url) {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestSettings.databaseUrl(),
                System.getenv().getOrDefault("ALLIANCE_DB_USER", "alliance"),
                System.getenv().getOrDefault("ALLIANCE_DB_PASSWORD", "alliance"));
    }

    private static List<List<String>> rows(String sql) throws SQLException {
        try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement(sql);
                ResultSet result = select.executeQuery()) {
            List<List<String>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static void update(String sql, Object... values) throws SQLException {
        try (Connection connection = connect(); PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.executeUpdate();
        }
    }

}
