package care.alliance.client;

import care.alliance.access.CarePlanAccess;
import care.alliance.access.SignedInCaller;
import java.time.Clock;

/** Wires a {@link PreferencesService} by hand, as the container injects it. */
public final class PreferencesServiceWiring {

    private PreferencesServiceWiring() {
    }

    public static PreferencesService wire(Clients clients, CarePlanAccess access, SignedInCaller signedIn,
            Clock clock) {
        PreferencesService service = new PreferencesService();
        service.clients = clients;
        service.access = access;
        service.signedIn = signedIn;
        service.clock = clock;
        return service;
    }
}
