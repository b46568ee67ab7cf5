package care.alliance.careplan;

import care.alliance.access.CarePlanAccess;
import care.alliance.access.PlanAccess;
import care.alliance.access.PlanOperation;
import care.alliance.access.ServiceWords;
import care.alliance.goal.ChangedMeanwhile;
import care.alliance.goal.Party;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The client's one care plan: concerns in the client's words, strengths and the next review.
 * The team keeps it; the client reads it, without the team's clinical summaries.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class CarePlanService {

    @Inject
    CarePlans plans;

    @Inject
    CarePlanAccess access;

    Clock clock = Clock.systemDefaultZone();

    public CarePlanView planOf(long clientId) {
        PlanAccess allowed = access.require(clientId, PlanOperation.VIEW_PLAN, "CarePlan", null);
        return plans.ofClient(clientId)
                .map(plan -> CarePlanView.of(plan, LocalDate.now(clock), allowed.party() != Party.CLIENT))
                .orElse(CarePlanView.empty(clientId));
    }

    public CarePlanView addConcern(long clientId, long seenVersion, String clientWords, String clinicalSummary) {
        return change(clientId, seenVersion, plan -> plan.addConcern(new Concern(clientWords, clinicalSummary)));
    }

    public CarePlanView removeConcern(long clientId, long seenVersion, int index) {
        return change(clientId, seenVersion, plan -> plan.removeConcern(index));
    }

    public CarePlanView addStrength(long clientId, long seenVersion, String strength) {
        return change(clientId, seenVersion, plan -> plan.addStrength(strength));
    }

    public CarePlanView removeStrength(long clientId, long seenVersion, int index) {
        return change(clientId, seenVersion, plan -> plan.removeStrength(index));
    }

    public CarePlanView scheduleReview(long clientId, long seenVersion, LocalDate on) {
        return change(clientId, seenVersion, plan -> plan.scheduleReview(on, LocalDate.now(clock)));
    }

    /** A plan is made on its first change; a version of -1 stands for "no plan yet". */
    private CarePlanView change(long clientId, long seenVersion, Consumer<CarePlan> change) {
        access.require(clientId, PlanOperation.EDIT_PLAN, "CarePlan", null);
        CarePlan plan = plans.ofClientForChange(clientId).orElse(null);
        long version = plan == null ? -1 : plan.version();
        if (version != seenVersion) {
            throw new ChangedMeanwhile(ServiceWords.say("changed.plan"));
        }
        boolean first = plan == null;
        if (first) {
            plan = new CarePlan(clientId);
            plans.add(plan);
        }
        change.accept(plan);
        try {
            plans.flush();
        } catch (PersistenceException twoFirstChanges) {
            if (!first) {
                throw twoFirstChanges;
            }
            // Someone else made the client's plan at the same moment; theirs stands.
            throw new ChangedMeanwhile(ServiceWords.say("changed.planStartedMeanwhile"));
        }
        return CarePlanView.of(plan, LocalDate.now(clock), true);
    }
}
