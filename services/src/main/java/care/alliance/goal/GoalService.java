package care.alliance.goal;

import care.alliance.access.CarePlanAccess;
import care.alliance.access.PlanAccess;
import care.alliance.access.PlanOperation;
import care.alliance.consent.ConsentInForce;
import care.alliance.consent.SensitiveLabel;
import care.alliance.measure.Instrument;
import care.alliance.measure.MeasureResult;
import care.alliance.measure.Measures;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Setting goals together: proposing, answering, revising and closing a client's goals. Every call
 * passes {@link CarePlanAccess} (policy and audit) first; the goal itself then decides whether the
 * change is allowed. Changes carry the version the person saw, and a change made meanwhile by
 * someone else is reported as {@link ChangedMeanwhile}, never silently overwritten.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class GoalService {

    @Inject
    Goals goals;

    @Inject
    CarePlanAccess access;

    @Inject
    Measures measures;

    /** Microseconds, as the database keeps them, so a goal reads back exactly as it was returned. */
    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));

    /**
     * The client's goals, for their team or for the client. A goal the client's consent keeps from
     * the reader is in the list only as withheld, and audited as refused.
     */
    public List<GoalView> goalsOf(long clientId) {
        PlanAccess allowed = access.require(clientId, PlanOperation.VIEW_PLAN, "CarePlan", null);
        return asRead(clientId, allowed, goals.ofClient(clientId));
    }

    /**
     * The client's goals still being worked on, and how many are closed, audited as {@link #goalsOf}:
     * what the care plan shows by default, read at the same cost however long the client's history.
     */
    public CurrentGoalsView currentGoalsOf(long clientId) {
        PlanAccess allowed = access.require(clientId, PlanOperation.VIEW_PLAN, "CarePlan", null);
        CurrentGoals current = goals.currentOfClient(clientId);
        return new CurrentGoalsView(asRead(clientId, allowed, current.goals()), current.closedCount());
    }

    /** The client's achieved and discontinued goals, the most recently closed first, for the care plan's unfolded history. */
    public List<GoalView> closedGoalsOf(long clientId) {
        PlanAccess allowed = access.require(clientId, PlanOperation.VIEW_PLAN, "CarePlan", null);
        return asRead(clientId, allowed, goals.closedOfClient(clientId));
    }

    /** The goals as the reader may read them; a goal the client's consent keeps from them is withheld, and audited as refused. */
    private List<GoalView> asRead(long clientId, PlanAccess allowed, List<Goal> read) {
        ConsentInForce consent = access.consentOf(clientId);
        List<GoalView> views = read.stream()
                .map(goal -> CarePlanAccess.withholds(allowed, goal.labels(), consent)
                        ? GoalView.withheld(goal) : GoalView.of(goal, allowed.party()))
                .toList();
        access.auditWithheld(PlanOperation.VIEW_PLAN, clientId,
                views.stream().filter(GoalView::withheld).map(GoalView::id).toList());
        return views;
    }

    /** A new goal for the client, in the client's words, proposed by the signed-in person. */
    public GoalView propose(long clientId, GoalContent content) {
        PlanAccess allowed = access.require(clientId, PlanOperation.PROPOSE_GOAL, "Goal", null);
        Goal goal = Goal.propose(clientId, content, access.caller().username(), allowed.party(), clock.instant());
        goals.add(goal);
        goals.flush();
        return GoalView.of(goal, allowed.party());
    }

    /** The signed-in person's answer, for their party, to the revision they saw. */
    public GoalView respond(long goalId, long seenVersion, Response response, String comment) {
        return change(goalId, seenVersion, PlanOperation.RESPOND_TO_GOAL, (goal, party) ->
                goal.respond(party, access.caller().username(), response, comment, clock.instant()));
    }

    public GoalView revise(long goalId, long seenVersion, GoalContent content, String reason) {
        return change(goalId, seenVersion, PlanOperation.REVISE_GOAL, (goal, party) ->
                goal.revise(content, access.caller().username(), party, reason, clock.instant()));
    }

    public GoalView markAchieved(long goalId, long seenVersion) {
        return change(goalId, seenVersion, PlanOperation.MARK_GOAL_ACHIEVED, (goal, party) ->
                goal.markAchieved(access.caller().username(), clock.instant()));
    }

    public GoalView pause(long goalId, long seenVersion, String reason) {
        return change(goalId, seenVersion, PlanOperation.PAUSE_GOAL, (goal, party) ->
                goal.pause(access.caller().username(), reason, clock.instant()));
    }

    public GoalView resume(long goalId, long seenVersion) {
        return change(goalId, seenVersion, PlanOperation.RESUME_GOAL, (goal, party) ->
                goal.resume(access.caller().username(), clock.instant()));
    }

    public GoalView discontinue(long goalId, long seenVersion, String reason) {
        return change(goalId, seenVersion, PlanOperation.DISCONTINUE_GOAL, (goal, party) ->
                goal.discontinue(access.caller().username(), reason, clock.instant()));
    }

    /**
     * Labels the goal as touching sensitive parts of the plan (or takes labels off), by the client
     * or anyone of the team who may see it; the client's consent then decides who of the team sees it.
     */
    public GoalView label(long goalId, long seenVersion, Set<SensitiveLabel> labels) {
        return change(goalId, seenVersion, PlanOperation.LABEL_GOAL, (goal, party) ->
                goal.label(labels, access.caller().username(), clock.instant()));
    }

    /** Every revision of the goal with its author, time and reason, every answer given, and the latest score on its target. */
    public GoalHistory historyOf(long goalId) {
        Goal goal = load(goalId, PlanOperation.VIEW_GOAL_HISTORY);
        PlanAccess allowed = access.requireOnGoal(goal, PlanOperation.VIEW_GOAL_HISTORY, "Goal", goalId);
        // A target on a questionnaire's score is followed by the client's own scores, as others are by check-ins.
        Optional<MeasureResult> latestScore = Instrument.ofTarget(goal.currentContent().target())
                .flatMap(instrument -> measures.latestOf(goal.clientId(), instrument));
        return GoalHistory.of(goal, allowed, latestScore);
    }

    /**
     * Changes of one goal take turns: the goal is locked while it is read for a change, so whoever
     * comes second reads the first one's result and, having seen an older version, is told what
     * changed instead of overwriting it.
     */
    private GoalView change(long goalId, long seenVersion, PlanOperation operation, BiConsumer<Goal, Party> change) {
        Goal goal = access.found(goals.findForChange(goalId), operation, "Goal", goalId);
        PlanAccess allowed = access.requireOnGoal(goal, operation, "Goal", goalId);
        if (goal.version() != seenVersion) {
            throw new ChangedMeanwhile(GoalView.of(goal, allowed.party()));
        }
        change.accept(goal, allowed.party());
        goals.flush();
        // A clinician may label a goal so that the client's consent keeps it from their own discipline.
        return CarePlanAccess.withholds(allowed, goal.labels(), access.consentOf(goal.clientId()))
                ? GoalView.withheld(goal) : GoalView.of(goal, allowed.party());
    }

    private Goal load(long goalId, PlanOperation operation) {
        return access.found(goals.find(goalId), operation, "Goal", goalId);
    }
}
