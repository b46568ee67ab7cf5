package care.alliance.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the clinic's staff are kept. */
public interface StaffMembers {

    Optional<StaffMember> find(long staffId);

    /** Whether a staff member, past or present, has this user name. */
    boolean hasUsername(String username);

    /** The staff member, past or present, with this user name. */
    Optional<StaffMember> withUsername(String username);

    /** Staff whose name or user name contains the text (any case), by family name; one page of them. */
    List<StaffMember> search(String text, int first, int max);

    long count(String text);

    /** The clients whose care team each of these staff members is on, on the given day, by the name the team uses. */
    Map<Long, List<String>> teamsOn(List<Long> staffIds, LocalDate day);

    /** The care teams on which the staff member is or will be a member on or after the given day. */
    List<CareTeam> teamsFrom(StaffMember staff, LocalDate day);

    void add(StaffMember staff);

    void flush();

    /** The staff member with this Keycloak account. */
    Optional<StaffMember> withAccount(String accountId);

    /** Every staff member, by family name: the people a care team is formed from. */
    List<StaffMember> all();
}
