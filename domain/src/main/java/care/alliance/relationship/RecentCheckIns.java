package care.alliance.relationship;

import java.util.List;

/**
 * A client's latest alliance check-ins, oldest of them first, with how many check-ins the client
 * has in all and how many possible ruptures: what the care plan shows of the working relationship.
 */
public record RecentCheckIns(List<AllianceCheckIn> checkIns, long checkInCount, long ruptureCount) {

    public RecentCheckIns {
        checkIns = List.copyOf(checkIns);
    }
}
