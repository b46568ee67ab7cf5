package care.alliance.team;

import care.alliance.access.SignedInCaller;
import care.alliance.audit.AuditTrail;
import java.time.Clock;

/** Wires a {@link CareTeamFormation} by hand, as the container injects it. */
public final class CareTeamFormationWiring {

    private CareTeamFormationWiring() {
    }

    public static CareTeamFormation wire(CareTeams careTeams, StaffMembers staff, SignedInCaller signedIn,
            AuditTrail audit, Clock clock) {
        CareTeamFormation service = new CareTeamFormation();
        service.careTeams = careTeams;
        service.staff = staff;
        service.signedIn = signedIn;
        service.audit = audit;
        service.clock = clock;
        return service;
    }
}
