package care.alliance.relationship;

import java.util.List;
import java.util.Optional;

/** Where the client's alliance check-ins and the ruptures they revealed are kept. */
public interface AllianceCheckIns {

    /**
     * Makes the client's new check-ins take turns until the transaction ends, so that two sent at
     * once each read what the other noticed and do not both open a possible rupture.
     */
    void takeTurnsForCheckIn(long clientId);

    /** The client's check-ins, oldest first. */
    List<AllianceCheckIn> ofClient(long clientId);

    /** The client's last {@code count} check-ins, oldest of them first, with the counts of all and of ruptures. */
    RecentCheckIns lastOfClient(long clientId, int count);

    void add(AllianceCheckIn checkIn);

    /** The client's possible ruptures, newest first. */
    List<PossibleRupture> rupturesOf(long clientId);

    Optional<PossibleRupture> findRupture(long ruptureId);

    /** The clients among these with a rupture not yet repaired. */
    List<Long> withOpenRupture(List<Long> clientIds);

    void add(PossibleRupture rupture);

    void flush();
}
