package care.alliance.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CallerRolesOfThisRequestTest {

    private final CallerRolesOfThisRequest thisRequest = new CallerRolesOfThisRequest();
    private final AtomicInteger asks = new AtomicInteger();

    private Set<Role> ask(Role... roles) {
        asks.incrementAndGet();
        return roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
    }

    @Test
    void theContainerIsAskedOnceARequestForTheSameCaller() {
        assertEquals(Set.of(Role.THERAPIST), thisRequest.of("sam.rivera", () -> ask(Role.THERAPIST)));
        assertEquals(Set.of(Role.THERAPIST), thisRequest.of("sam.rivera", () -> ask(Role.PSYCHIATRIST)));
        assertEquals(1, asks.get());
    }

    @Test
    void anotherNameSignedInWithinTheRequestIsAskedAfresh() {
        thisRequest.of("sam.rivera", () -> ask(Role.THERAPIST));
        assertEquals(Set.of(), thisRequest.of("somebody.else", this::ask));
        assertEquals(2, asks.get());
    }
}
