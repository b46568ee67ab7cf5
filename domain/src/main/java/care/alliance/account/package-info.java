/**
 * The accounts people sign in with: the rules for a user name and an email address, which Alliance
 * checks before it asks Keycloak to open an account.
 */
package care.alliance.account;
