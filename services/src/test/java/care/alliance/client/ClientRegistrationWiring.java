package care.alliance.client;

import care.alliance.access.SignedInCaller;
import care.alliance.audit.AuditTrail;
import care.alliance.careplan.CarePlans;
import care.alliance.team.CareTeams;
import care.alliance.team.StaffMembers;
import java.time.Clock;

/** Wires a {@link ClientRegistration} by hand, as the container injects it. */
public final class ClientRegistrationWiring {

    private ClientRegistrationWiring() {
    }

    public static ClientRegistration wire(Clients clients, CarePlans carePlans, CareTeams careTeams, StaffMembers staff,
            SignedInCaller signedIn, AuditTrail audit, Clock clock) {
        ClientRegistration service = new ClientRegistration();
        service.clients = clients;
        service.carePlans = carePlans;
        service.careTeams = careTeams;
        service.staff = staff;
        service.signedIn = signedIn;
        service.audit = audit;
        service.clock = clock;
        return service;
    }

    /** The same, opening portal accounts through the given service. */
    public static ClientRegistration wire(Clients clients, CarePlans carePlans, CareTeams careTeams, StaffMembers staff,
            PortalAccounts portalAccounts, SignedInCaller signedIn, AuditTrail audit, Clock clock) {
        ClientRegistration service = wire(clients, carePlans, careTeams, staff, signedIn, audit, clock);
        service.portalAccounts = portalAccounts;
        return service;
    }
}
