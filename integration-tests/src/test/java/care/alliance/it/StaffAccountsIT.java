package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Clinic IT's staff pages over HTTP in the deployed WAR, against the real Keycloak. Alliance's
 * admin client (RESTEasy, inside the WAR) and Payara's own Jersey, MicroProfile Health and OpenAPI
 * work side by side in the same deployment; and when Keycloak refuses Alliance's service account,
 * adding a staff member is refused with a clear message and leaves nothing in Alliance or Keycloak.
 */
class StaffAccountsIT extends DeployedAlliance {

    private static final String IT = "ivan.petrov";

    @Test
    void theAdminClientAndPayarasJaxRsHealthAndOpenApiWorkInTheSameDeployment() {
        WebSession anyone = new WebSession();
        HttpResponse<String> ready = anyone.get(root() + "/health/ready");
        HttpResponse<String> openApi = anyone.get(root() + "/openapi");
        WebSession clinicIt = signedIn(IT);

        HttpResponse<String> added = add(clinicIt, "Jamie", "Okoro", "PRIMARY_CARE", "NP", "jamie.okoro");

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
        assertEquals(200, openApi.statusCode(), openApi.body());
        assertTrue(openApi.body().contains("openapi"), openApi.body());
        assertEquals(200, added.statusCode(), PageForm.pageMessages(added));
        String password = Jsoup.parse(added.body()).getElementById("temporary-password").text();
        assertEquals(16, password.length());
        KeycloakAdmin keycloak = new KeycloakAdmin();
        assertTrue(keycloak.realmRolesOf("jamie.okoro").contains("\"primary-care\""), keycloak.realmRolesOf("jamie.okoro"));
        assertTrue(keycloak.user("jamie.okoro").contains("UPDATE_PASSWORD"), keycloak.user("jamie.okoro"));
        assertEquals(List.of("jamie.okoro"), ClinicRecords.staffWithUsername("jamie.okoro"));
        assertEquals(keycloak.userId("jamie.okoro"), ClinicRecords.accountIdOfStaff("jamie.okoro"));
        assertEquals(200, new WebSession().get(root() + "/health/ready").statusCode(), "still ready after");
    }

    @Test
    void aUserNameKeycloakAlreadyHasIsRefusedBesideTheFieldInEnglishAndSpanishAndNothingIsSaved() {
        WebSession clinicIt = signedIn(IT);
        WebSession spanish = signedIn(IT).readingIn("es");

        // ivan.petrov has a Keycloak account but is no staff member: Keycloak refuses the name, not Alliance.
        HttpResponse<String> refused = add(clinicIt, "Ivan", "Again", "PSYCHIATRY", "MD", IT);
        HttpResponse<String> rechazado = add(spanish, "Ivan", "Otra", "PSYCHIATRY", "MD", IT);
        HttpResponse<String> markup = add(clinicIt, "<b>Bold</b>", "Name", "PSYCHIATRY", "MD", "bold.name");

        assertEquals(422, refused.statusCode());
        assertEquals("Another account already has this user name; choose another.",
                PageForm.messageBeside(refused, "add", "username"));
        assertEquals("Otra cuenta ya tiene este nombre de usuario; elige otro.",
                PageForm.messageBeside(rechazado, "add", "username"));
        assertEquals(422, markup.statusCode());
        assertFalse(PageForm.messageBeside(markup, "add", "givenName").isBlank(), PageForm.pageMessages(markup));
        assertEquals(List.of(), ClinicRecords.staffWithUsername(IT));
        assertFalse(new KeycloakAdmin().hasUser("bold.name"));
    }

    @Test
    void withKeycloakRefusingAllianceAddingIsRefusedClearlyAndLeavesNothingBehind() {
        KeycloakAdmin keycloak = new KeycloakAdmin();
        WebSession clinicIt = signedIn(IT);
        int staffBefore = ClinicRecords.staffCount();
        keycloak.serviceAccountHolds("manage-users", false);
        HttpResponse<String> refused;
        try {
            refused = add(clinicIt, "Robin", "Vale", "PSYCHOTHERAPY", "LCSW", "robin.vale");
        } finally {
            keycloak.serviceAccountHolds("manage-users", true);
        }

        assertEquals(503, refused.statusCode());
        assertTrue(PageForm.pageMessages(refused).contains("Keycloak, where Alliance keeps the clinic's accounts, cannot"
                + " be reached or will not let Alliance change accounts just now. Nothing was changed"),
                PageForm.pageMessages(refused));
        assertEquals(staffBefore, ClinicRecords.staffCount(), "no staff member without an account");
        assertFalse(keycloak.hasUser("robin.vale"), "no account without its staff member");
        HttpResponse<String> again = add(clinicIt, "Robin", "Vale", "PSYCHOTHERAPY", "LCSW", "robin.vale");
        assertEquals(200, again.statusCode(), "with its rights back Alliance adds them: " + PageForm.pageMessages(again));
    }

    private HttpResponse<String> add(WebSession clinicIt, String given, String family, String discipline,
            String credentials, String username) {
        return PageForm.on(clinicIt.get(app() + "/admin/add-staff.xhtml"), "add")
                .set("givenName", given)
                .set("familyName", family)
                .set("discipline", discipline)
                .set("credentials", credentials)
                .set("username", username)
                .set("email", username + "@clinic.example")
                .submit(clinicIt, "save");
    }

    private WebSession signedIn(String username) {
        WebSession person = new WebSession();
        HttpResponse<String> home = person.signIn(username, PASSWORD, app() + "/admin/staff.xhtml");
        assertEquals(200, home.statusCode(), username + " signs in to the staff directory");
        return person;
    }

    /** Payara's own endpoints (health, OpenAPI) answer at the server's root, beside the application. */
    private String root() {
        java.net.URI uri = java.net.URI.create(app());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
