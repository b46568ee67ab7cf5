package care.alliance.staff;

import care.alliance.team.Discipline;
import care.alliance.team.StaffMember;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of the staff directory: who, in which discipline with which credentials, their account,
 * whether they still work here, and the clients whose teams they are on today. No clinical content.
 */
public record StaffEntry(long id, long version, String name, Discipline discipline, String credentials,
        String username, String email, LocalDate letGoOn, List<String> teamsToday) implements Serializable {

    /** The clients of the teams they are on today, by name, as one line. */
    public String teamsTodayInOneLine() {
        return String.join(", ", teamsToday);
    }

    public boolean isActive() {
        return letGoOn == null;
    }

    static StaffEntry of(StaffMember staff, List<String> teamsToday) {
        return new StaffEntry(staff.id(), staff.version(), staff.name().fullName(), staff.discipline(),
                staff.credentials().orElse(null), staff.username(), staff.email().orElse(null),
                staff.letGoOn().orElse(null), List.copyOf(teamsToday));
    }
}
