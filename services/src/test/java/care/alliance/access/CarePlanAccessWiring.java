package care.alliance.access;

import care.alliance.audit.AuditTrail;
import care.alliance.consent.ClientConsents;
import care.alliance.consent.ConsentDefaults;
import care.alliance.emergency.EmergencyAccesses;
import care.alliance.team.CareTeams;
import java.time.Clock;

/** Wires a {@link CarePlanAccess} by hand, as the container injects it. */
public final class CarePlanAccessWiring {

    private CarePlanAccessWiring() {
    }

    /** With emergency accesses, the client's consents where the goal's labels need them, and the clinic's defaults. */
    public static CarePlanAccess wire(CareTeams careTeams, SignedInCaller signedIn, AuditTrail audit,
            EmergencyAccesses emergencyAccesses, Clock clock, ClientConsents consents, ConsentDefaults defaults) {
        CarePlanAccess access = new CarePlanAccess();
        access.careTeams = careTeams;
        access.signedIn = signedIn;
        access.audit = audit;
        access.emergencyAccesses = emergencyAccesses;
        access.clock = clock;
        access.consents = consents;
        access.consentDefaults = defaults;
        return access;
    }
}
