package care.alliance.progress;

import care.alliance.access.CarePlanAccess;
import care.alliance.access.PlanAccess;
import care.alliance.access.PlanOperation;
import care.alliance.consent.ConsentInForce;
import care.alliance.goal.Goal;
import care.alliance.goal.Goals;
import care.alliance.task.Tasks;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How goals are going: check-ins by the client or the team, a rating and a note each, and the
 * moment a target is reached, which the client sees celebrated.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class ProgressService {

    @Inject
    ProgressCheckIns checkIns;

    @Inject
    Goals goals;

    @Inject
    Tasks tasks;

    @Inject
    CarePlanAccess access;

    ZoneId clinicZone = ZoneId.systemDefault();

    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));

    public CheckInView checkIn(long goalId, int rating, BigDecimal measuredValue, String note) {
        Goal goal = access.found(goals.find(goalId), PlanOperation.CHECK_IN_PROGRESS, "Goal", goalId);
        PlanAccess allowed = access.requireOnGoal(goal, PlanOperation.CHECK_IN_PROGRESS, "Goal", goalId);
        ProgressCheckIn checkIn = new ProgressCheckIn(goal, new Rating(rating), measuredValue, note,
                access.caller().username(), allowed.party(), clock.instant());
        checkIns.add(checkIn);
        checkIns.flush();
        return CheckInView.of(checkIn);
    }

    /** What the client has to celebrate, newest first: targets reached, goals achieved, a streak of steps done. */
    public List<Celebration> celebrationsOf(long clientId) {
        PlanAccess allowed = access.require(clientId, PlanOperation.VIEW_PLAN, "Celebration", null);
        ConsentInForce consent = access.consentOf(clientId);
        Predicate<Goal> seen = goal -> !CarePlanAccess.withholds(allowed, goal.labels(), consent);
        return Celebrations.of(goals.ofClient(clientId).stream().filter(seen).toList(),
                checkIns.ofClient(clientId).stream().filter(checkIn -> seen.test(checkIn.goal())).toList(),
                tasks.ofClient(clientId).stream().filter(task -> seen.test(task.goal())).toList(),
                LocalDate.now(clock.withZone(clinicZone)), clinicZone);
    }

    /**
     * Every check-in on the client's goals, oldest first, for the progress charts; those on a goal
     * the client's consent keeps from the reader are left out, and audited.
     */
    public List<CheckInView> progressOf(long clientId) {
        PlanAccess allowed = access.require(clientId, PlanOperation.VIEW_PLAN, "ProgressCheckIn", null);
        ConsentInForce consent = access.consentOf(clientId);
        Map<Boolean, List<ProgressCheckIn>> withheld = checkIns.ofClient(clientId).stream()
                .collect(Collectors.partitioningBy(checkIn ->
                        CarePlanAccess.withholds(allowed, checkIn.goal().labels(), consent)));
        access.auditWithheld(PlanOperation.VIEW_PLAN, clientId,
                withheld.get(true).stream().map(checkIn -> checkIn.goal().id()).toList());
        return withheld.get(false).stream().map(CheckInView::of).toList();
    }

    /** The check-ins on one goal, oldest first, for its page; refused where its page is. */
    public List<CheckInView> progressOfGoal(long goalId) {
        Goal goal = access.found(goals.find(goalId), PlanOperation.VIEW_PLAN, "Goal", goalId);
        access.requireOnGoal(goal, PlanOperation.VIEW_PLAN, "ProgressCheckIn", null);
        return checkIns.ofGoal(goalId).stream().map(CheckInView::of).toList();
    }
}
