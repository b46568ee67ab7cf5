package care.alliance.team;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A client's care team as pages show it: who the client is by name and who is on the team today.
 * It carries no clinical content, so the same view serves clinicians, the client and clinic IT.
 */
public record CareTeamView(long teamId, long clientId, String clientName, String clientPronouns,
        List<TeamMemberView> members) implements Serializable {

    static CareTeamView of(CareTeam team, LocalDate day) {
        return new CareTeamView(team.id(), team.client().id(), team.client().displayName(),
                team.client().pronouns().orElse(""),
                team.membersOn(day).stream().map(TeamMemberView::of).toList());
    }
}
