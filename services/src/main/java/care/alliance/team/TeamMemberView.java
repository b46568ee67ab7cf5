package care.alliance.team;

import java.io.Serializable;
import java.time.LocalDate;

/** One member of a care team as pages show them: name, discipline, role on the team, since when. */
public record TeamMemberView(String name, Discipline discipline, TeamRole teamRole, LocalDate since)
        implements Serializable {

    static TeamMemberView of(CareTeamMember member) {
        return new TeamMemberView(member.staffMember().signature(), member.discipline(),
                member.teamRole(), member.period().startsOn());
    }
}
