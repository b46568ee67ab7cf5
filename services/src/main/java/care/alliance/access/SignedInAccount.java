package care.alliance.access;

import java.util.Optional;

/**
 * The Keycloak account of the person signed in on the current request, as the sign-in verified it.
 * The web module knows the sign-in and provides it; services only read it.
 */
public interface SignedInAccount {

    /** The account's stable id (the ID token's sub); empty when nobody is signed in. */
    Optional<String> accountId();
}
