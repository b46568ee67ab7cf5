package care.alliance.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in person a service acts for: their Keycloak account's stable id (the token's sub),
 * which is what links them to their records and stays when the account is renamed; the account's
 * user name, for display and the audit's readers; and their realm roles. Someone signed in without
 * any Alliance role is a caller with no roles, and the policy refuses them everything.
 */
public record Caller(String accountId, String username, Set<Role> roles) {

    /** Nobody signed in: no account that any record could be linked to, and no roles. */
    public static final Caller ANONYMOUS = new Caller("", "anonymous", Set.of());

    public Caller {
        if (accountId == null || username == null) {
            throw new IllegalArgumentException("A caller has an account id and a user name.");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller of(String accountId, String username, Role... roles) {
        return new Caller(accountId, username, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isClinician() {
        return roles.stream().anyMatch(Role::isClinician);
    }

    /** The role the audit names: the first of the caller's roles in the order of {@link Role}. */
    public String actingRole() {
        return roles.stream().sorted().map(Role::realmName).findFirst().orElse("none");
    }
}
