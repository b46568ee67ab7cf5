/**
 * The clinic's staff as clinic IT administers them: the directory, taking someone on with their
 * Keycloak account, changing their discipline (and so their realm role), resetting their password,
 * and letting them go. Every operation passes the policy and is audited; Alliance and Keycloak
 * never disagree: what Keycloak refuses is not done in Alliance either.
 */
package care.alliance.staff;
