package care.alliance.web.headers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    private static final ContentSecurityPolicy POLICY = ContentSecurityPolicy.signingInAt("https://sso.clinic.example:8443/realms/alliance");

    @Test
    void scriptsComeOnlyFromAllianceAndFormsGoOnlyToAllianceAndItsRealm() {
        String policy = POLICY.toString();

        assertTrue(policy.contains("default-src 'self';"), policy);
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(policy.contains("form-action 'self' https://sso.clinic.example:8443;"), policy);
        assertTrue(policy.contains("frame-ancestors 'none';"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(policy.contains("base-uri 'self';"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
    }

    @Test
    void theNoncePrimeFacesNamedIsTheOnlyWayForAnInlineScript() {
        ContentSecurityPolicy page = POLICY.withNonceOf("script-src 'self' 'nonce-YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWI=';");

        assertEquals(Optional.of("YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWI="), page.nonce());
        assertTrue(page.toString().contains("script-src 'self' 'nonce-YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWI=';"), page.toString());
        assertFalse(page.toString().contains("script-src 'self' 'unsafe-inline'"), page.toString());
    }

    @Test
    void aPolicyWithoutANonceGivesNone() {
        assertEquals(Optional.empty(), POLICY.withNonceOf("script-src 'self'").nonce());
        assertEquals(Optional.empty(), POLICY.withNonceOf("script-src 'nonce-a b'; x").nonce(),
                "nothing but a nonce's characters is taken into the header");
    }
}
