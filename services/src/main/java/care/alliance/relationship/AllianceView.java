package care.alliance.relationship;

import java.io.Serializable;
import java.util.List;

/**
 * The working relationship with one client as the team sees it: the client's check-ins oldest
 * first, for the trend, and the possible ruptures newest first.
 */
public record AllianceView(List<AllianceCheckInView> checkIns, List<RuptureView> ruptures) implements Serializable {

    public boolean hasOpenRupture() {
        return ruptures.stream().anyMatch(rupture -> !rupture.repaired());
    }
}
