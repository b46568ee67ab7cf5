package care.alliance.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Tells services who is calling, from the container's security context and the verified sign-in,
 * or, in background work, the caller that started it.
 */
@ApplicationScoped
public class SignedInCaller {

    @Inject
    SecurityContext security;

    @Inject
    SignedInAccount account;

    @Inject
    CallerOfBackgroundWork background;

    @Inject
    CallerRolesOfThisRequest rolesOfThisRequest;

    public Caller current() {
        Optional<Caller> handedOn = background.caller();
        if (handedOn.isPresent()) {
            return handedOn.get();
        }
        Principal principal = security.getCallerPrincipal();
        Optional<String> accountId = principal == null ? Optional.empty() : account.accountId();
        if (accountId.isEmpty()) {
            // Without a verified account nothing can be linked to the caller: they are nobody.
            return Caller.ANONYMOUS;
        }
        return new Caller(accountId.get(), principal.getName(), rolesOf(principal.getName()));
    }

    private Set<Role> rolesOf(String callerName) {
        try {
            return rolesOfThisRequest.of(callerName, this::askTheContainer);
        } catch (ContextNotActiveException outsideARequest) {
            return askTheContainer();
        }
    }

    private Set<Role> askTheContainer() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values())
                .filter(role -> security.isCallerInRole(role.realmName()))
                .forEach(roles::add);
        return roles;
    }
}
