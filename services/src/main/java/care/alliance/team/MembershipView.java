package care.alliance.team;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One appointment to a care team as its history shows it: who, in which discipline and role, from
 * when to when, and why they were released. No clinical content.
 */
public record MembershipView(long staffMemberId, String name, Discipline discipline, TeamRole teamRole,
        LocalDate startsOn, LocalDate endsOn, String releaseReason) implements Serializable {

    static MembershipView of(CareTeamMember member) {
        return new MembershipView(member.staffMember().id(), member.staffMember().signature(), member.discipline(),
                member.teamRole(), member.period().startsOn(), member.period().endsOn().orElse(null),
                member.releaseReason().orElse(null));
    }

    /** Whether the appointment has no last day yet, so that it can be ended. */
    public boolean open() {
        return endsOn == null;
    }
}
