package care.alliance.access;

import care.alliance.team.Discipline;
import java.util.EnumSet;
import java.util.Set;

/**
 * Everything that can be done to a client's care plan, and whose it is to do: the clinicians of
 * the client's care team (all of them, or only some disciplines), the client on their own plan, or
 * both. Clinic IT never takes part in clinical work. Each only reads the plan or changes it; the
 * team's reads are what an emergency access opens. The name of each operation is also the action
 * its audit events carry.
 */
public enum PlanOperation {
    VIEW_PLAN(Kind.READ, true, true),
    EDIT_PLAN(Kind.CHANGE, true, false),
    PROPOSE_GOAL(Kind.CHANGE, true, true),
    RESPOND_TO_GOAL(Kind.CHANGE, true, true),
    REVISE_GOAL(Kind.CHANGE, true, true),
    MARK_GOAL_ACHIEVED(Kind.CHANGE, true, true),
    PAUSE_GOAL(Kind.CHANGE, true, false),
    RESUME_GOAL(Kind.CHANGE, true, false),
    DISCONTINUE_GOAL(Kind.CHANGE, true, false),
    VIEW_GOAL_HISTORY(Kind.READ, true, true),
    ADD_TASK(Kind.CHANGE, true, true),
    AGREE_TO_TASK(Kind.CHANGE, false, true),
    COMPLETE_TASK(Kind.CHANGE, true, true),
    DROP_TASK(Kind.CHANGE, true, false),
    CHECK_IN_PROGRESS(Kind.CHANGE, true, true),
    WRITE_NOTE(Kind.CHANGE, true, false),
    EDIT_PREFERENCES(Kind.CHANGE, true, true),
    CHECK_IN_ALLIANCE(Kind.CHANGE, false, true),
    VIEW_ALLIANCE(Kind.READ, true, false),
    LOG_REPAIR(Kind.CHANGE, Discipline.PSYCHOTHERAPY, Discipline.CARE_MANAGEMENT),
    WRITE_PSYCHOTHERAPY_NOTE(Kind.CHANGE, Discipline.PSYCHOTHERAPY),
    READ_PSYCHOTHERAPY_NOTE(Kind.READ, Discipline.PSYCHOTHERAPY),
    FILL_IN_MEASURE(Kind.CHANGE, false, true),
    ENTER_MEASURE_FROM_PAPER(Kind.CHANGE, true, false),
    VIEW_MEASURES(Kind.READ, true, false),
    VIEW_MEASURES_DUE(Kind.READ, true, true),
    CLOSE_SAFETY_FLAG(Kind.CHANGE, true, false),
    CHANGE_MEASURE_SCHEDULE(Kind.CHANGE, true, false),
    VIEW_CASE_REVIEW(Kind.READ, true, false),
    MARK_REVIEWED(Kind.CHANGE, Discipline.PSYCHIATRY),
    RECOMMEND(Kind.CHANGE, Discipline.PSYCHIATRY),
    ANSWER_RECOMMENDATION(Kind.CHANGE, Discipline.PRIMARY_CARE),
    VIEW_OWN_MEASURES(Kind.READ, false, true),
    /** "Who looked at my plan": the client reads who of the clinic opened their plan. */
    VIEW_WHO_READ_PLAN(Kind.READ, false, true),
    /** Marking a goal as touching a sensitive part of the plan (substance use, HIV…), or no longer. */
    LABEL_GOAL(Kind.CHANGE, true, true),
    /** The client's consent: which disciplines may see which labels; the team reads it to know what it was asked not to see. */
    VIEW_CONSENT(Kind.READ, true, true),
    /** Only the client decides who of their team sees what. */
    DECIDE_CONSENT(Kind.CHANGE, false, true),
    /**
     * The plan as a FHIR R4 Bundle: the client's right of access to their own plan, and the team's
     * hand-over to other systems; each part is read as the caller may read it on the pages.
     */
    EXPORT_PLAN(Kind.EXPORT, true, true);

    /** Whether an operation reads the plan, takes a copy of it out of Alliance, or changes something on it. */
    enum Kind {
        READ, EXPORT, CHANGE
    }

    private final Kind kind;
    private final Set<Discipline> disciplines;
    private final boolean forClient;

    PlanOperation(Kind kind, boolean forTeam, boolean forClient) {
        this.kind = kind;
        this.disciplines = forTeam ? EnumSet.allOf(Discipline.class) : EnumSet.noneOf(Discipline.class);
        this.forClient = forClient;
    }

    /** An operation for these disciplines of the team only. */
    PlanOperation(Kind kind, Discipline first, Discipline... more) {
        this.kind = kind;
        this.disciplines = EnumSet.of(first, more);
        this.forClient = false;
    }

    public boolean isForTeam() {
        return !disciplines.isEmpty();
    }

    public boolean isFor(Discipline discipline) {
        return disciplines.contains(discipline);
    }

    /** The disciplines whose operation it is; all of them for most. */
    public Set<Discipline> disciplines() {
        return EnumSet.copyOf(disciplines);
    }

    public boolean isForClient() {
        return forClient;
    }

    public boolean isRead() {
        return kind == Kind.READ;
    }

    /**
     * Whether an emergency access opens it: a read that every discipline of the team does. Nothing
     * that changes the plan or takes a copy of it away, nothing kept for some disciplines only
     * (psychotherapy notes), nothing that is the client's alone.
     */
    public boolean opensInEmergency() {
        return isRead() && disciplines.equals(EnumSet.allOf(Discipline.class));
    }
}
