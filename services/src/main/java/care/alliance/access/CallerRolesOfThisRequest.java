package care.alliance.access;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The roles the container gives the caller, asked once a request. Each ask goes through the
 * security provider's policy (JACC), and a page view makes a dozen service calls that each want
 * the caller; the answer cannot change within the request for the same signed-in name.
 */
@RequestScoped
public class CallerRolesOfThisRequest {

    private String callerName;
    private Set<Role> roles;

    Set<Role> of(String name, Supplier<Set<Role>> askTheContainer) {
        if (roles == null || !name.equals(callerName)) {
            roles = Set.copyOf(askTheContainer.get());
            callerName = name;
        }
        return roles;
    }
}
