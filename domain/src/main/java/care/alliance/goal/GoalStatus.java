package care.alliance.goal;

import care.alliance.rules.RuleWords;
import care.alliance.rules.Wording;
import java.util.List;

/**
 * Where a goal is in its life. It is proposed, becomes agreed once the client and every owning
 * discipline agree, and ends achieved or discontinued; an agreed goal that is changed is revised
 * until everyone agrees again, and may be paused for a while.
 */
public enum GoalStatus {
    PROPOSED("proposed"),
    AGREED("active"),
    REVISED("proposed"),
    PAUSED("on-hold"),
    ACHIEVED("completed"),
    DISCONTINUED("cancelled");

    private final String fhirLifecycleStatus;

    GoalStatus(String fhirLifecycleStatus) {
        this.fhirLifecycleStatus = fhirLifecycleStatus;
    }

    /** The HL7 FHIR R4 Goal.lifecycleStatus code this status is exported as. */
    public String fhirLifecycleStatus() {
        return fhirLifecycleStatus;
    }

    /** Waiting for the parties to agree on the current revision. */
    public boolean awaitsAgreement() {
        return this == PROPOSED || this == REVISED;
    }

    /** The statuses of a goal that is over: achieved or discontinued. */
    public static List<GoalStatus> closed() {
        return List.of(ACHIEVED, DISCONTINUED);
    }

    public boolean isClosed() {
        return this == ACHIEVED || this == DISCONTINUED;
    }

    /** The status as a term for sentences that say where a goal stands: "This goal is paused." */
    public Wording term() {
        return RuleWords.say("goal.status." + name());
    }
}
