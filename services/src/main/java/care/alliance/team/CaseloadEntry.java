package care.alliance.team;

import care.alliance.goal.Party;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One client on a clinician's caseload: their care team, how many of their goals wait for whose
 * agreement, whether a possible rupture waits to be talked through, and when a safety flag still
 * open was raised (null when none is), so that the clinician sees at a glance where a
 * conversation is due.
 */
public record CaseloadEntry(CareTeamView team, List<Waiting> waiting, boolean possibleRupture,
        Instant safetyFlagRaisedAt) implements Serializable {

    public boolean isSafetyFlag() {
        return safetyFlagRaisedAt != null;
    }

    /** So many goals wait for this party's agreement. */
    public record Waiting(Party party, int goals) implements Serializable {
    }

    public String getClientName() {
        return team.clientName();
    }

    public String getClientPronouns() {
        return team.clientPronouns();
    }
}
