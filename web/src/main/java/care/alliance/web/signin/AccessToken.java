package care.alliance.web.signin;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.List;
import java.util.Set;

/**
 * A verified bearer token of the REST API (see {@link RealmTokens#accessToken}): the account it was
 * issued for (sub), its user name, and its realm roles ("groups"), read exactly as from an ID token
 * so that a system calling the API is the same caller as the person on the pages.
 */
record AccessToken(String subject, String username, Set<String> groups) {

    /** The request attribute that carries the verified token while the API answers the request. */
    static final String REQUEST_KEY = "alliance.api.accessToken";

    AccessToken {
        groups = Set.copyOf(groups);
    }

    static AccessToken of(JWTClaimsSet claims) throws SignInFailed {
        try {
            String subject = claims.getSubject();
            String preferred = claims.getStringClaim("preferred_username");
            List<String> groups = claims.getStringListClaim("groups");
            if (groups != null && groups.contains(null)) {
                throw new SignInFailed("The access token's groups are not all names.");
            }
            return new AccessToken(subject, preferred == null || preferred.isBlank() ? subject : preferred,
                    groups == null ? Set.of() : Set.copyOf(groups));
        } catch (ParseException e) {
            throw new SignInFailed("The access token's claims are not of the expected types.", e);
        }
    }
}
