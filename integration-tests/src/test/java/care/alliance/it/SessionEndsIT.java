package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * How a sign-in ends, over HTTP against the real Keycloak: clinic IT ending a person's Keycloak
 * sessions ends their Alliance session at once (back-channel logout); sign-out happens only by a
 * POST from Alliance's own pages; and the realm's password, event and second-factor settings.
 */
class SessionEndsIT extends DeployedAlliance {

    private static final String EVIL = "http://evil.example";

    @Test
    void endingAPersonsKeycloakSessionsSignsThemOutOfAllianceAtOnceAndNobodyElse() {
        WebSession therapist = signedInOnTheirCaseload("sam.rivera");
        WebSession psychiatrist = signedInOnTheirCaseload("priya.patel");

        new KeycloakAdmin().endSessionsOf("sam.rivera");

        HttpResponse<String> next = therapist.get(caseload());
        assertEquals(302, next.statusCode(), "the Alliance session ended with the Keycloak session");
        assertTrue(WebSession.location(next).startsWith(TestSettings.keycloakUrl()), WebSession.location(next));
        assertTrue(WebSession.isKeycloakLoginForm(therapist.follow(next)), "Keycloak asks for the password again");
        assertEquals(200, psychiatrist.get(caseload()).statusCode(), "another person stays signed in");
    }

    @Test
    void aLogoutTokenAllianceCannotVerifyEndsNoSession() {
        WebSession therapist = signedInOnTheirCaseload("sam.rivera");
        WebSession keycloakImpostor = new WebSession();

        HttpResponse<String> forged = keycloakImpostor.post(app() + "/signin/backchannel-logout",
                "logout_token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJzYW0ifQ.");
        HttpResponse<String> empty = keycloakImpostor.post(app() + "/signin/backchannel-logout", "");

        assertEquals(400, forged.statusCode());
        assertTrue(forged.body().contains("invalid_request"), forged.body());
        assertEquals(400, empty.statusCode());
        assertEquals(405, keycloakImpostor.get(app() + "/signin/backchannel-logout").statusCode());
        assertEquals(200, therapist.get(caseload()).statusCode(), "still signed in");
    }

    @Test
    void openingTheSignOutAddressSignsNobodyOutAndOffersTheButton() {
        WebSession therapist = signedInOnTheirCaseload("sam.rivera");

        HttpResponse<String> page = therapist.get(app() + "/signout");
        HttpResponse<String> spanish = therapist.get(app() + "/signout", "Accept-Language", "es-MX,es;q=0.9");

        assertEquals(405, page.statusCode());
        assertEquals("POST", page.headers().firstValue("Allow").orElse(""));
        assertTrue(page.body().contains("Sign out of Alliance?"), page.body());
        assertTrue(page.body().contains("<form method=\"post\" action=\"" + URI.create(app()).getPath() + "/signout\">"),
                page.body());
        assertTrue(spanish.body().contains("¿Cerrar la sesión en Alliance?"), spanish.body());
        assertEquals(200, therapist.get(caseload()).statusCode(), "still signed in");
    }

    @Test
    void aSignOutPostedFromAnotherSiteIsRefused() {
        WebSession therapist = signedInOnTheirCaseload("sam.rivera");

        HttpResponse<String> byOrigin = therapist.post(app() + "/signout", "", "Origin", EVIL);
        HttpResponse<String> byReferer = therapist.post(app() + "/signout", "", "Referer", EVIL + "/alliance-prank.html");
        HttpResponse<String> opaque = therapist.post(app() + "/signout", "", "Origin", "null");

        assertEquals(403, byOrigin.statusCode());
        assertTrue(byOrigin.body().contains("This page is not open to you"), byOrigin.body());
        assertEquals(403, byReferer.statusCode());
        assertEquals(403, opaque.statusCode());
        assertEquals(200, therapist.get(caseload()).statusCode(), "still signed in");
    }

    @Test
    void aSignOutPostedFromAlliancesOwnPageSignsOutHereAndInKeycloak() {
        WebSession therapist = signedInOnTheirCaseload("sam.rivera");

        HttpResponse<String> signedOut = therapist.follow(therapist.post(app() + "/signout", "",
                "Origin", origin(app()), "Referer", caseload()));

        assertEquals(200, signedOut.statusCode());
        assertTrue(signedOut.body().contains("You are signed out"), signedOut.body());
        HttpResponse<String> again = therapist.get(caseload());
        assertEquals(302, again.statusCode());
        assertTrue(WebSession.isKeycloakLoginForm(therapist.follow(again)));
    }

    @Test
    void theRealmRefusesAShortPasswordOrOneThatIsTheEmailAddress() {
        KeycloakAdmin clinicIt = new KeycloakAdmin();

        HttpResponse<String> tooShort = clinicIt.setPassword("nina.brooks", "Short-1");
        HttpResponse<String> ownEmail = clinicIt.setPassword("nina.brooks", "nina.brooks@alliance.example");

        assertEquals(400, tooShort.statusCode(), tooShort.body());
        assertTrue(tooShort.body().contains("invalidPasswordMinLengthMessage"), tooShort.body());
        assertEquals(400, ownEmail.statusCode(), ownEmail.body());
        signedInOnTheirCaseload("nina.brooks");
    }

    @Test
    void theRealmRecordsSignInsAndOffersAnAuthenticatorAppAsSecondFactor() {
        signedInOnTheirCaseload("tom.okafor");
        KeycloakAdmin clinicIt = new KeycloakAdmin();

        HttpResponse<String> logins = clinicIt.get("/events?type=LOGIN&user=" + clinicIt.userId("tom.okafor"));
        HttpResponse<String> totp = clinicIt.get("/authentication/required-actions/CONFIGURE_TOTP");

        assertEquals(200, logins.statusCode(), logins.body());
        assertTrue(logins.body().contains("\"type\":\"LOGIN\""), logins.body());
        assertTrue(logins.body().contains("\"clientId\":\"alliance-web\""), logins.body());
        assertEquals(200, totp.statusCode(), totp.body());
        assertTrue(totp.body().replace(" ", "").contains("\"enabled\":true"), totp.body());
        assertFalse(totp.body().replace(" ", "").contains("\"defaultAction\":true"),
                "demo users are not asked to set up a second factor");
    }

    private WebSession signedInOnTheirCaseload(String username) {
        WebSession person = new WebSession();
        HttpResponse<String> caseload = person.signIn(username, PASSWORD, caseload());
        assertEquals(200, caseload.statusCode(), username + " signs in with the demo password");
        return person;
    }

    private String caseload() {
        return app() + "/clinician/caseload.xhtml";
    }

    private static String origin(String address) {
        URI uri = URI.create(address);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
