package care.alliance.review;

import care.alliance.access.CarePlanAccess;
import care.alliance.access.SignedInCaller;
import care.alliance.audit.AuditTrail;
import care.alliance.team.CareTeams;
import java.time.Clock;

/** Wires a {@link CaseReviewService} by hand, as the container injects it. */
public final class CaseReviewServiceWiring {

    private CaseReviewServiceWiring() {
    }

    public static CaseReviewService wire(CaseReviews reviews, CareTeams careTeams, CarePlanAccess access,
            SignedInCaller signedIn, AuditTrail audit, Clock clock) {
        CaseReviewService service = new CaseReviewService();
        service.reviews = reviews;
        service.careTeams = careTeams;
        service.access = access;
        service.signedIn = signedIn;
        service.audit = audit;
        service.clock = clock;
        return service;
    }
}
