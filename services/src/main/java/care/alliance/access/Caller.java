package care.alliance.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in person a service acts for: their user name and realm roles. Someone signed in
 * without any Alliance role is a caller with no roles, and the policy refuses them everything.
 */
public record Caller(String username, Set<Role> roles) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller of(String username, Role... roles) {
        return new Caller(username, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
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
