package care.alliance.testing;

import care.alliance.access.Caller;
import care.alliance.access.Role;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The tests' Keycloak accounts: each user name has a stable id of its own, different from the
 * name, as Keycloak gives them, so a test that matched people by user name would fail.
 */
public final class Accounts {

    private Accounts() {
    }

    /** The stable id of the account first created with this user name. */
    public static String idOf(String username) {
        return UUID.nameUUIDFromBytes(("keycloak account " + username).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Someone signed in with the account of this user name and these roles. */
    public static Caller signedIn(String username, Role... roles) {
        return Caller.of(idOf(username), username, roles);
    }
}
