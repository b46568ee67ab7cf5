package care.alliance.team;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where care teams are kept. */
public interface CareTeams {

    /** The teams the staff member of this Keycloak account is on, on the given day, with their clients and members. */
    List<CareTeam> withCurrentMember(String accountId, LocalDate day);

    Optional<CareTeam> ofClient(long clientId);

    /** The teams of these clients, with their clients and members, however many they are. */
    List<CareTeam> ofClients(Collection<Long> clientIds);

    Optional<CareTeam> ofPortalAccount(String accountId);

    /** The client's team, locked until the end of the change, so that two people forming it take turns. */
    Optional<CareTeam> ofClientForChange(long clientId);

    void add(CareTeam team);

    void flush();

    /** Every team of the clinic, for its administration. */
    List<CareTeam> all();
}
