package care.alliance.team;

import care.alliance.access.SignedInCaller;
import care.alliance.audit.AuditTrail;
import care.alliance.emergency.EmergencyAccesses;
import care.alliance.goal.Goals;
import java.time.Clock;

/** Wires a {@link CareTeamService} by hand, as the container injects it. */
public final class CareTeamServiceWiring {

    private CareTeamServiceWiring() {
    }

    public static CareTeamService wire(CareTeams careTeams, Goals goals, CaseloadRows caseloadRows,
            SignedInCaller signedIn, AuditTrail audit, EmergencyAccesses emergencyAccesses, Clock clock) {
        CareTeamService service = new CareTeamService();
        service.careTeams = careTeams;
        service.goals = goals;
        service.caseloadRows = caseloadRows;
        service.signedIn = signedIn;
        service.audit = audit;
        service.emergencyAccesses = emergencyAccesses;
        service.clock = clock;
        return service;
    }
}
