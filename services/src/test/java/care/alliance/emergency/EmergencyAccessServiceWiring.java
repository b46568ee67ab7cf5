package care.alliance.emergency;

import care.alliance.access.CarePlanAccess;
import care.alliance.access.SignedInCaller;
import care.alliance.audit.AuditTrail;
import care.alliance.client.Clients;
import care.alliance.team.CareTeams;
import care.alliance.team.StaffMembers;
import java.time.Clock;

/** Wires an {@link EmergencyAccessService} by hand, as the container injects it. */
public final class EmergencyAccessServiceWiring {

    private EmergencyAccessServiceWiring() {
    }

    public static EmergencyAccessService wire(CareTeams careTeams, Clients clients, StaffMembers staff,
            EmergencyAccesses accesses, CarePlanAccess access, SignedInCaller signedIn, AuditTrail audit,
            EmergencyAccessPeriod period, Clock clock) {
        EmergencyAccessService service = new EmergencyAccessService();
        service.careTeams = careTeams;
        service.clients = clients;
        service.staff = staff;
        service.accesses = accesses;
        service.access = access;
        service.signedIn = signedIn;
        service.audit = audit;
        service.period = period;
        service.clock = clock;
        return service;
    }
}
