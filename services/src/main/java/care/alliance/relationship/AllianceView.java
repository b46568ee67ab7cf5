package care.alliance.relationship;

import java.io.Serializable;
import java.util.List;

/**
 * The working relationship with one client as the team sees it: the client's check-ins oldest
 * first, for the trend (every one, or the latest of them), how many there are in all, and the
 * possible ruptures newest first.
 */
public record AllianceView(List<AllianceCheckInView> checkIns, long checkInCount, List<RuptureView> ruptures)
        implements Serializable {

    public AllianceView {
        checkIns = List.copyOf(checkIns);
        ruptures = List.copyOf(ruptures);
    }

    /** Whether some of the client's check-ins are not among those shown. */
    public boolean hasEarlierCheckIns() {
        return checkInCount > checkIns.size();
    }

    public boolean hasOpenRupture() {
        return ruptures.stream().anyMatch(rupture -> !rupture.repaired());
    }
}
