package care.alliance.access;

import care.alliance.team.Discipline;
import java.util.EnumSet;
import java.util.Set;

/**
 * Everything that can be done to a client's care plan, and whose it is to do: the clinicians of
 * the client's care team (all of them, or only some disciplines), the client on their own plan, or
 * both. Clinic IT never takes part in clinical work. The name of each operation is also the action
 * its audit events carry.
 */
public enum PlanOperation {
    VIEW_PLAN(true, true),
    EDIT_PLAN(true, false),
    PROPOSE_GOAL(true, true),
    RESPOND_TO_GOAL(true, true),
    REVISE_GOAL(true, true),
    MARK_GOAL_ACHIEVED(true, true),
    PAUSE_GOAL(true, false),
    RESUME_GOAL(true, false),
    DISCONTINUE_GOAL(true, false),
    VIEW_GOAL_HISTORY(true, true),
    ADD_TASK(true, true),
    AGREE_TO_TASK(false, true),
    COMPLETE_TASK(true, true),
    DROP_TASK(true, false),
    CHECK_IN_PROGRESS(true, true),
    WRITE_NOTE(true, false),
    EDIT_PREFERENCES(true, true),
    CHECK_IN_ALLIANCE(false, true),
    VIEW_ALLIANCE(true, false),
    LOG_REPAIR(Discipline.PSYCHOTHERAPY, Discipline.CARE_MANAGEMENT),
    WRITE_PSYCHOTHERAPY_NOTE(Discipline.PSYCHOTHERAPY),
    READ_PSYCHOTHERAPY_NOTE(Discipline.PSYCHOTHERAPY),
    FILL_IN_MEASURE(false, true),
    ENTER_MEASURE_FROM_PAPER(true, false),
    VIEW_MEASURES(true, false),
    VIEW_MEASURES_DUE(true, true),
    CLOSE_SAFETY_FLAG(true, false),
    CHANGE_MEASURE_SCHEDULE(true, false),
    VIEW_CASE_REVIEW(true, false),
    MARK_REVIEWED(Discipline.PSYCHIATRY),
    RECOMMEND(Discipline.PSYCHIATRY),
    ANSWER_RECOMMENDATION(Discipline.PRIMARY_CARE),
    VIEW_OWN_MEASURES(false, true),
    /** "Who looked at my plan": the client reads who of the clinic opened their plan. */
    VIEW_WHO_READ_PLAN(false, true),
    /**
     * The plan as a FHIR R4 Bundle: the client's right of access to their own plan, and the team's
     * hand-over to other systems; each part is read as the caller may read it on the pages.
     */
    EXPORT_PLAN(true, true);

    private final Set<Discipline> disciplines;
    private final boolean forClient;

    PlanOperation(boolean forTeam, boolean forClient) {
        this.disciplines = forTeam ? EnumSet.allOf(Discipline.class) : EnumSet.noneOf(Discipline.class);
        this.forClient = forClient;
    }

    /** An operation for these disciplines of the team only. */
    PlanOperation(Discipline first, Discipline... more) {
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
}
