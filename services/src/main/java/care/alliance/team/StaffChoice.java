package care.alliance.team;

import java.io.Serializable;

/** A staff member one may appoint to a team: their number, how they sign and their discipline. */
public record StaffChoice(long staffMemberId, String name, Discipline discipline) implements Serializable {

    static StaffChoice of(StaffMember staff) {
        return new StaffChoice(staff.id(), staff.signature(), staff.discipline());
    }
}
