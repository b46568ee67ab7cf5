package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every kind of answer carries the security headers and one Content-Security-Policy — pages, the
 * 403, 404, 405 and 503 pages, a form reloaded, sign-in redirects and sign-out — over HTTP; the
 * session cookie is HttpOnly and SameSite=Lax; a forged X-Forwarded-For does not reach the audit;
 * and in Chromium the PrimeFaces pages work under the policy without a single violation.
 */
class SecurityHeadersIT extends DeployedAlliance {

    private static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final By TEAM_NAMES = By.cssSelector("[id='teams:care-teams_data'] > tr > td:first-child a");
    private static final Pattern SCRIPT_NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");

    @Test
    void aPageCarriesTheHeadersAndOnePolicyWhoseNonceIsOnEveryScriptOfThePage() {
        WebSession therapist = new WebSession();
        HttpResponse<String> caseload = therapist.signIn("sam.rivera", PASSWORD, app() + "/clinician/caseload.xhtml");

        assertEquals(200, caseload.statusCode());
        assertSecurityHeaders(caseload, true);
        String policy = policyOf(caseload);
        Matcher nonce = POLICY_NONCE.matcher(policy);
        assertTrue(nonce.find(), "PrimeFaces' nonce is in the policy: " + policy);
        Set<String> scriptNonces = SCRIPT_NONCE.matcher(caseload.body()).results().map(m -> m.group(1)).collect(Collectors.toSet());
        assertEquals(Set.of(nonce.group(1)), scriptNonces, "every script of the page carries the policy's nonce");
        assertFalse(caseload.body().matches("(?s).*<[^>]+\\son(click|change|load|submit)=.*"), "no inline event handler is left in the page");
    }

    @Test
    void theRefusalAndErrorPagesCarryThemToo() {
        WebSession client = new WebSession();
        client.signIn("alex.morgan", PASSWORD, app() + "/portal/my-team.xhtml");
        HttpResponse<String> forbidden = client.get(app() + "/clinician/caseload.xhtml");
        assertEquals(403, forbidden.statusCode());
        assertSecurityHeaders(forbidden, true);

        HttpResponse<String> unknownRecord = client.get(app() + "/portal/goal.xhtml?goal=999999");
        assertEquals(404, unknownRecord.statusCode());
        assertSecurityHeaders(unknownRecord, true);

        HttpResponse<String> noSuchAddress = new WebSession().get(app() + "/no-such-page");
        assertEquals(404, noSuchAddress.statusCode());
        assertSecurityHeaders(noSuchAddress, true);

        HttpResponse<String> wrongMethod = client.send("PUT", app() + "/portal/my-team.xhtml");
        assertEquals(405, wrongMethod.statusCode());
        assertSecurityHeaders(wrongMethod, true);

        HttpResponse<String> problem = new WebSession().get(app() + "/error/problem.xhtml");
        assertSecurityHeaders(problem, true);
    }

    @Test
    void aFormOutOfDateIsReloadedWithTheHeaders() {
        WebSession therapist = new WebSession();
        therapist.signIn("sam.rivera", PASSWORD, app() + "/clinician/caseload.xhtml");
        String plan = app() + "/clinician/care-plan.xhtml?client=" + ClinicRecords.clientId("Blake");
        PageForm concern = PageForm.on(therapist.get(plan), "concern").setNamed("jakarta.faces.ViewState", "garbage");

        HttpResponse<String> reloaded = concern.submit(therapist, "add");

        assertEquals(400, reloaded.statusCode(), reloaded.body());
        assertSecurityHeaders(reloaded, true);
    }

    @Test
    void aFormWithoutItsPagesNonceIsReloadedAndNothingOfItIsSaved() {
        WebSession therapist = new WebSession();
        therapist.signIn("sam.rivera", PASSWORD, app() + "/clinician/caseload.xhtml");
        String plan = app() + "/clinician/care-plan.xhtml?client=" + ClinicRecords.clientId("Blake");
        HttpResponse<String> page = therapist.get(plan);
        PageForm concern = PageForm.on(page, "concern");
        String nonce = concern.value("primefaces.nonce");
        assertTrue(policyOf(page).contains("'nonce-" + nonce + "'"), "each form carries the page's nonce: " + nonce);

        HttpResponse<String> without = concern.set("words", "Sleep has been hard since spring")
                .setNamed("primefaces.nonce", null).submit(therapist, "add");
        HttpResponse<String> another = concern.set("words", "Sleep has been hard since spring")
                .setNamed("primefaces.nonce", "YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWItZGYzOTE0ZWQ1NDU1").submit(therapist, "add");

        assertEquals(400, without.statusCode(), "a form without the nonce is out of date, never a 500");
        assertEquals(400, another.statusCode(), "so is one with another page's nonce");
        assertSecurityHeaders(without, true);
        assertFalse(therapist.get(plan).body().contains("Sleep has been hard since spring"), "nothing was saved");
    }

    @Test
    void theSignInsRedirectsAndSignOutCarryThem() {
        WebSession anonymous = new WebSession();
        HttpResponse<String> toKeycloak = anonymous.get(app() + "/clinician/caseload.xhtml");
        assertEquals(302, toKeycloak.statusCode());
        assertSecurityHeaders(toKeycloak, true);

        WebSession therapist = new WebSession();
        therapist.signIn("sam.rivera", PASSWORD, app() + "/clinician/caseload.xhtml");
        HttpResponse<String> signOutPage = therapist.get(app() + "/signout");
        assertEquals(405, signOutPage.statusCode());
        assertSecurityHeaders(signOutPage, true);
        assertEquals(200, therapist.get(app() + "/clinician/caseload.xhtml").statusCode(), "a GET of /signout signs nobody out");

        HttpResponse<String> signedOut = therapist.postFromPage(app() + "/signout", "");
        assertEquals(302, signedOut.statusCode());
        assertSecurityHeaders(signedOut, true);
        assertEquals(302, therapist.get(app() + "/clinician/caseload.xhtml").statusCode(), "the POST signed out");
    }

    @Test
    void aPageUnavailableWhileTheDatabaseIsAwayCarriesThem() {
        WebSession therapist = new WebSession();
        therapist.signIn("sam.rivera", PASSWORD, app() + "/clinician/caseload.xhtml");
        String carePage = app() + "/clinician/care-team.xhtml?client=" + ClinicRecords.clientId("Blake");
        DatabaseProxy.Relay database = DatabaseProxy.running();
        database.cutOff();
        HttpResponse<String> unavailable;
        try {
            unavailable = therapist.get(carePage);
        } finally {
            database.open();
        }
        assertEquals(503, unavailable.statusCode(), unavailable.body());
        assertSecurityHeaders(unavailable, true);
        awaitReadiness();
    }

    /** Until Alliance has its database again, so that the tests after this one find it there. */
    private static void awaitReadiness() {
        String ready = AllianceServer.serverUrl() + "/health/ready";
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (new WebSession().get(ready).statusCode() != 200) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Alliance did not get its database back within a minute");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void styleSheetsAndScriptsMayBeCachedButNotSniffed() {
        HttpResponse<String> styles = new WebSession().get(app() + "/jakarta.faces.resource/alliance/alliance.css.xhtml");

        assertEquals(200, styles.statusCode());
        assertSecurityHeaders(styles, false);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOnPlainHttp() {
        HttpResponse<String> toKeycloak = new WebSession().get(app() + "/clinician/caseload.xhtml");

        String cookie = toKeycloak.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + toKeycloak.headers().map()));
        List<String> attributes = List.of(cookie.toLowerCase().split(";\\s*"));
        assertTrue(attributes.contains("httponly"), cookie);
        assertTrue(attributes.contains("samesite=lax"), cookie);
        assertFalse(attributes.contains("secure"), "the demo runs on http://localhost: " + cookie);
    }

    @Test
    void aForgedForwardedForFromAPeerThatIsNoTrustedProxyDoesNotReachTheAudit() {
        WebSession therapist = new WebSession();
        therapist.signIn("lee.chen", PASSWORD, app() + "/clinician/caseload.xhtml");
        int before = ClinicRecords.sourceAddressesOf("lee.chen").size();

        HttpResponse<String> team = therapist.get(app() + "/clinician/care-team.xhtml?client=" + ClinicRecords.clientId("Ortiz"),
                "X-Forwarded-For", "203.0.113.66");

        assertEquals(200, team.statusCode());
        List<String> addresses = ClinicRecords.sourceAddressesOf("lee.chen");
        List<String> written = addresses.subList(before, addresses.size());
        assertFalse(written.isEmpty(), "reading the team was audited");
        assertFalse(written.contains("203.0.113.66"), "the forged address is not taken: " + written);
        assertTrue(written.stream().allMatch(address -> address.equals("127.0.0.1")), "the direct peer is: " + written);
    }

    @Test
    void thePrimeFacesPagesWorkUnderThePolicyWithoutAViolation() {
        long goal = ClinicRecords.seedGoal(ClinicRecords.clientId("Santos"), "Walk to the park with my sister", "AGREED");
        try (Browser admin = signedIn("ivan.petrov", "Care teams")) {
            admin.watchForPolicyViolations();
            assertTrue((Boolean) admin.driver().executeScript("return !!(window.PrimeFaces && PrimeFaces.csp.NONCE_VALUE)"),
                    "PrimeFaces runs, with the page's nonce");

            // sorting and paging the care teams are PrimeFaces ajax: they work only if its scripts and handlers ran
            admin.driver().findElement(By.cssSelector("th.ui-sortable-column")).click();
            new WebDriverWait(admin.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> "ascending".equals(driver.findElement(By.cssSelector("th.ui-sortable-column"))
                            .getDomAttribute("aria-sort")));
            List<String> firstPage = admin.texts(TEAM_NAMES);
            admin.driver().findElement(By.cssSelector(".ui-paginator-next")).click();
            new WebDriverWait(admin.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> !admin.texts(TEAM_NAMES).isEmpty() && !admin.texts(TEAM_NAMES).equals(firstPage));
            assertFalse(firstPage.contains(admin.texts(TEAM_NAMES).get(0)), "the second page shows other teams");
            assertEquals(List.of(), admin.policyViolations(), "sorting and paging");
        }
        try (Browser browser = signedIn("maria.gomez", "My caseload")) {
            browser.open(app() + "/clinician/goal.xhtml?goal=" + goal);
            browser.watchForPolicyViolations();
            browser.waitFor(By.id("check-in:rating")).sendKeys("7");
            browser.driver().findElement(By.id("check-in:save")).click();
            browser.waitFor(By.cssSelector("span.bar"));
            browser.watchForPolicyViolations();
            browser.waitFor(By.id("revise:framing")).sendKeys("Behavioural activation");
            browser.driver().findElement(By.id("revise:reason")).sendKeys("Framed with the team");
            browser.driver().findElement(By.id("revise:save")).click();
            browser.waitFor(By.id("history"));
            assertEquals(List.of(), browser.policyViolations(), "working the goal");

            List<String> refused = browser.consoleMessages().stream()
                    .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                    .toList();
            assertEquals(List.of(), refused, "Chromium's console reports no refusal on any page of the visit");

            // both watches see a violation when there is one: a script without the nonce is refused
            browser.watchForPolicyViolations();
            browser.driver().executeScript("var planted = document.createElement('script');"
                    + " planted.textContent = 'window.plantedRan = true'; document.body.appendChild(planted);");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver -> !browser.policyViolations().isEmpty());
            assertTrue(browser.policyViolations().get(0).startsWith("script-src"), browser.policyViolations().toString());
            assertFalse((Boolean) browser.driver().executeScript("return !!window.plantedRan"), "the planted script did not run");
            assertTrue(browser.consoleMessages().stream().anyMatch(message -> message.contains("Content Security Policy")),
                    "the console reports the refusal");
        }
    }

    private static String policyOf(HttpResponse<String> response) {
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "exactly one policy on " + response.uri() + ": " + policies);
        return policies.get(0);
    }

    /** The headers every answer carries; pages also may not be kept. */
    private void assertSecurityHeaders(HttpResponse<String> response, boolean page) {
        String where = response.statusCode() + " " + response.uri();
        assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), where);
        assertEquals(List.of("DENY"), response.headers().allValues("X-Frame-Options"), where);
        assertEquals(List.of("same-origin"), response.headers().allValues("Referrer-Policy"), where);
        String policy = policyOf(response);
        for (String directive : List.of("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                "img-src 'self' data:", "form-action 'self' " + TestSettings.keycloakUrl())) {
            assertTrue(policy.contains(directive), where + " has " + directive + " in " + policy);
        }
        assertTrue(policy.matches(".*script-src 'self'( 'nonce-[^']+')?;.*"), where + ": " + policy);
        if (page) {
            assertEquals(List.of("no-store"), response.headers().allValues("Cache-Control"), where);
        } else {
            assertFalse(response.headers().allValues("Cache-Control").contains("no-store"), where);
        }
    }
}
