package care.alliance.team;

import java.util.List;
import java.util.Optional;

/** Where the clinic's staff are kept. */
public interface StaffMembers {

    Optional<StaffMember> find(long staffMemberId);

    Optional<StaffMember> withUsername(String username);

    /** Every staff member, by family name: the people a care team is formed from. */
    List<StaffMember> all();
}
