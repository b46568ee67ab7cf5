package care.alliance.account;

import care.alliance.access.Role;

/**
 * The clinic's sign-in accounts, as Alliance asks the identity provider to keep them: open one
 * with its realm role and a temporary password, change its role, give it a new temporary password,
 * close it. Every operation either happens whole or is refused with {@link AccountRefused} (the
 * request was not acceptable, such as a user name already taken) or {@link AccountsUnavailable}
 * (the identity provider is away or will not let Alliance act); neither leaves anything half-done.
 */
public interface ClinicAccounts {

    /**
     * Opens an enabled account that must choose its own password at first sign-in (and, when asked,
     * set up an authenticator app), with the role; returns the account's stable id.
     */
    String open(NewAccount account, Role role, TemporaryPassword password, boolean requireAuthenticatorApp);

    /** The account holds the new role instead of the old one. */
    void changeRole(String accountId, Role from, Role to);

    /** The account's password is replaced by a temporary one, to be changed at the next sign-in. */
    void resetPassword(String accountId, TemporaryPassword password);

    /** The account can no longer sign in, and every session it has ends now. */
    void close(String accountId);

    /** Removes an account that was opened a moment ago, when what it was opened for could not be saved. */
    void remove(String accountId);
}
