package care.alliance.account;

/**
 * The Alliance sessions people have open now. When an account is closed, its sessions end here at
 * once, without waiting for Keycloak's back-channel logout, which may be late or never come.
 */
public interface OpenSessions {

    /** Ends every open Alliance session of the account; returns how many there were. */
    int endAllOf(String accountId);
}
