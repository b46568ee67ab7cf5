package care.alliance.measure;

import care.alliance.access.CarePlanAccess;
import care.alliance.access.SignedInCaller;
import care.alliance.audit.AuditTrail;
import care.alliance.team.CareTeams;
import java.time.Clock;

/** Wires a {@link MeasureService} by hand, as the container injects it. */
public final class MeasureServiceWiring {

    private MeasureServiceWiring() {
    }

    public static MeasureService wire(Measures measures, CareTeams careTeams, CarePlanAccess access,
            SignedInCaller signedIn, AuditTrail audit, TreatToTarget rule, Clock clock) {
        MeasureService service = new MeasureService();
        service.measures = measures;
        service.careTeams = careTeams;
        service.access = access;
        service.signedIn = signedIn;
        service.audit = audit;
        service.rule = rule;
        service.clock = clock;
        return service;
    }
}
