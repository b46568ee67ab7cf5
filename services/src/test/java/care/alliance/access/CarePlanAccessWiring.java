package care.alliance.access;

import care.alliance.audit.AuditTrail;
import care.alliance.emergency.EmergencyAccesses;
import care.alliance.team.CareTeams;
import java.time.Clock;

/** Wires a {@link CarePlanAccess} by hand, as the container injects it. */
public final class CarePlanAccessWiring {

    private CarePlanAccessWiring() {
    }

    public static CarePlanAccess wire(CareTeams careTeams, SignedInCaller signedIn, AuditTrail audit,
            EmergencyAccesses emergencyAccesses, Clock clock) {
        CarePlanAccess access = new CarePlanAccess();
        access.careTeams = careTeams;
        access.signedIn = signedIn;
        access.audit = audit;
        access.emergencyAccesses = emergencyAccesses;
        access.clock = clock;
        return access;
    }
}
