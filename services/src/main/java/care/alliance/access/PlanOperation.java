package care.alliance.access;

/**
 * Everything that can be done to a client's care plan, and whose it is to do: the clinicians of
 * the client's care team, the client on their own plan, or both. Clinic IT never takes part in
 * clinical work. The name of each operation is also the action its audit events carry.
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
    WRITE_NOTE(true, false);

    private final boolean forTeam;
    private final boolean forClient;

    PlanOperation(boolean forTeam, boolean forClient) {
        this.forTeam = forTeam;
        this.forClient = forClient;
    }

    public boolean isForTeam() {
        return forTeam;
    }

    public boolean isForClient() {
        return forClient;
    }
}
