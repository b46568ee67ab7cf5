package care.alliance.account;

import care.alliance.access.Role;
import care.alliance.access.ServiceWords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keycloak's accounts as the tests need them: kept in memory, refusing a user name it already has
 * (as Keycloak does), and able to be "down", so that a test sees what Alliance leaves behind then.
 */
public class FakeKeycloak implements ClinicAccounts, OpenSessions {

    /** One account as Keycloak holds it. */
    public static final class Account {
        public final String username;
        public Role role;
        public boolean enabled = true;
        public String password;
        public final boolean authenticatorApp;

        Account(String username, Role role, String password, boolean authenticatorApp) {
            this.username = username;
            this.role = role;
            this.password = password;
            this.authenticatorApp = authenticatorApp;
        }
    }

    public final Map<String, Account> accounts = new LinkedHashMap<>();
    public final List<String> sessionsEnded = new ArrayList<>();
    private boolean down;

    public FakeKeycloak down() {
        this.down = true;
        return this;
    }

    @Override
    public String open(NewAccount account, Role role, TemporaryPassword password, boolean requireAuthenticatorApp) {
        refuseIfDown();
        if (accounts.values().stream().anyMatch(held -> held.username.equals(account.username().value()))) {
            throw new AccountRefused(ServiceWords.say("accounts.usernameTaken"), "username");
        }
        String id = UUID.randomUUID().toString();
        accounts.put(id, new Account(account.username().value(), role, password.reveal(), requireAuthenticatorApp));
        return id;
    }

    @Override
    public void changeRole(String accountId, Role from, Role to) {
        refuseIfDown();
        account(accountId).role = to;
    }

    @Override
    public void resetPassword(String accountId, TemporaryPassword password) {
        refuseIfDown();
        account(accountId).password = password.reveal();
    }

    @Override
    public void close(String accountId) {
        refuseIfDown();
        account(accountId).enabled = false;
    }

    @Override
    public void remove(String accountId) {
        refuseIfDown();
        accounts.remove(accountId);
    }

    @Override
    public int endAllOf(String accountId) {
        sessionsEnded.add(accountId);
        return 1;
    }

    /** The account; one the clinic had before the test (the small clinic's staff) is known by its id. */
    public Account account(String accountId) {
        return accounts.computeIfAbsent(accountId, id -> new Account(id, null, null, false));
    }

    private void refuseIfDown() {
        if (down) {
            throw new AccountsUnavailable("Keycloak is down in this test", null);
        }
    }
}
