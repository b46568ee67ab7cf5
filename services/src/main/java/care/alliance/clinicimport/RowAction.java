package care.alliance.clinicimport;

import care.alliance.client.NewClient;
import care.alliance.staff.NewStaffMember;
import care.alliance.team.TeamRole;
import java.time.LocalDate;

/** What the import does for a row to be added, as the form for it would send it. */
public sealed interface RowAction {

    record TakeOnStaffMember(NewStaffMember staffMember) implements RowAction {
    }

    /** A client to register, with a portal account when a user name is given. */
    record RegisterClient(NewClient client, String portalUsername, String portalEmail) implements RowAction {
    }

    record Appoint(String recordNumber, String staffUsername, TeamRole role, LocalDate from) implements RowAction {
    }
}
