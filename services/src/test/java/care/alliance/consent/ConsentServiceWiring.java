package care.alliance.consent;

import care.alliance.access.CarePlanAccess;
import java.time.Clock;

/** Wires a {@link ConsentService} by hand, as the container injects it. */
public final class ConsentServiceWiring {

    private ConsentServiceWiring() {
    }

    public static ConsentService wire(ClientConsents consents, ConsentDefaults defaults, CarePlanAccess access,
            Clock clock) {
        ConsentService service = new ConsentService();
        service.consents = consents;
        service.defaults = defaults;
        service.access = access;
        service.clock = clock;
        return service;
    }
}
