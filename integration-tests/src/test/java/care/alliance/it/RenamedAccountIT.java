package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People are their Keycloak account, not its user name: clinic IT renames an account in Keycloak's
 * admin API, and the person signs in with the new name to the same caseload, while the audit trail
 * goes on under the same account id.
 */
class RenamedAccountIT extends DeployedAlliance {

    private static final String NINA = "nina.brooks";
    private static final String RENAMED = "nina.brooks-hale";
    /** The demo realm's fixed id of Nina's account, which the demo data links her record to. */
    private static final String NINAS_ACCOUNT = "a11ce000-0000-4000-8000-000000000003";

    @Test
    void aRenamedAccountSignsInToTheSameCaseloadAndItsAuditTrailGoesOn() {
        KeycloakAdmin clinicIt = new KeycloakAdmin();
        assertEquals(NINAS_ACCOUNT, clinicIt.userId(NINA));
        List<String> clients = ClinicRecords.currentClientsOf(NINA);
        assertFalse(clients.isEmpty(), "Nina is on care teams in the demo clinic");
        HttpResponse<String> before = signedInOnTheirCaseload(NINA);
        clients.forEach(client -> assertTrue(before.body().contains(client), client + " before the rename"));
        int eventsBefore = ClinicRecords.auditActorsOfAccount(NINAS_ACCOUNT).size();

        clinicIt.rename(NINA, RENAMED);
        try {
            HttpResponse<String> after = signedInOnTheirCaseload(RENAMED);

            clients.forEach(client -> assertTrue(after.body().contains(client), client + " after the rename"));
            assertEquals(RENAMED, ClinicRecords.staffUsernameOfAccount(NINAS_ACCOUNT),
                    "the record shows the name the account has now");
            assertTrue(WebSession.isKeycloakLoginForm(new WebSession().signIn(NINA, PASSWORD, caseload())),
                    "the old user name signs nobody in");
            List<String> actors = ClinicRecords.auditActorsOfAccount(NINAS_ACCOUNT);
            assertTrue(eventsBefore > 0 && actors.size() > eventsBefore, "events before and after: " + actors);
            assertTrue(actors.subList(0, eventsBefore).stream().allMatch(NINA::equals), actors.toString());
            assertTrue(actors.subList(eventsBefore, actors.size()).stream().allMatch(RENAMED::equals), actors.toString());
        } finally {
            clinicIt.rename(RENAMED, NINA);
            signedInOnTheirCaseload(NINA);
        }
        assertEquals(NINA, ClinicRecords.staffUsernameOfAccount(NINAS_ACCOUNT), "renamed back, as the other tests expect");
    }

    private HttpResponse<String> signedInOnTheirCaseload(String username) {
        HttpResponse<String> caseload = new WebSession().signIn(username, PASSWORD, caseload());
        assertEquals(200, caseload.statusCode(), username + " signs in to their caseload");
        return caseload;
    }

    private String caseload() {
        return app() + "/clinician/caseload.xhtml";
    }
}
