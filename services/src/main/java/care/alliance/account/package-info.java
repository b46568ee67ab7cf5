/**
 * The clinic's sign-in accounts: {@link care.alliance.account.ClinicAccounts} is what services ask
 * of the identity provider, {@link care.alliance.account.KeycloakAccounts} does it through
 * Keycloak's admin API as Alliance's own service account, so services can be tested with a fake.
 */
package care.alliance.account;
