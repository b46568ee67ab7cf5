package care.alliance.web.signin;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.List;
import java.util.Set;

/**
 * A verified OpenID Connect ID token (see {@link RealmTokens}): who signed in, by their stable
 * Keycloak id (sub) and user name, in which Keycloak session (sid), with which realm roles ("groups").
 */
record IdToken(String serialized, String subject, String keycloakSession, String username, String displayName,
        Set<String> groups) {

    IdToken {
        groups = Set.copyOf(groups);
    }

    /** Reads the claims Alliance uses; a claim of the wrong type refuses the token, as a forged one would be. */
    static IdToken of(String serialized, JWTClaimsSet claims) throws SignInFailed {
        try {
            String subject = claims.getSubject();
            String preferred = claims.getStringClaim("preferred_username");
            String username = preferred == null || preferred.isBlank() ? subject : preferred;
            String name = claims.getStringClaim("name");
            List<String> groups = claims.getStringListClaim("groups");
            if (groups != null && groups.contains(null)) {
                throw new SignInFailed("The ID token's groups are not all names.");
            }
            return new IdToken(serialized, subject, claims.getStringClaim("sid"), username,
                    name == null || name.isBlank() ? username : name,
                    groups == null ? Set.of() : Set.copyOf(groups));
        } catch (ParseException e) {
            throw new SignInFailed("The ID token's claims are not of the expected types.", e);
        }
    }
}
