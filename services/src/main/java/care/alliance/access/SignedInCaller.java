package care.alliance.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Tells services who is calling, from the container's security context. */
@ApplicationScoped
public class SignedInCaller {

    @Inject
    SecurityContext security;

    public Caller current() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return new Caller("anonymous", Set.of());
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values())
                .filter(role -> security.isCallerInRole(role.realmName()))
                .forEach(roles::add);
        return new Caller(principal.getName(), roles);
    }
}
