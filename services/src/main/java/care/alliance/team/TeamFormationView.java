package care.alliance.team;

import java.io.Serializable;
import java.util.List;

/**
 * A client's care team as the person forming it sees it: who the client is by name and record
 * number, the members today, every appointment the team has had (newest first) and the staff
 * one may appoint. It carries no clinical content, so clinic IT forms teams with it too.
 */
public record TeamFormationView(long teamId, long clientId, String clientName, String recordNumber,
        List<MembershipView> membersToday, List<MembershipView> history, List<StaffChoice> staff)
        implements Serializable {
}
