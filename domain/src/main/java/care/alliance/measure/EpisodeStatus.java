package care.alliance.measure;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Where a client's treatment stands on one measure, as collaborative care's treat to target reads it. */
public enum EpisodeStatus {
    /** Early in care, and not yet lower than the baseline. */
    NEW,
    /** Lower than the baseline, not yet by half. */
    IMPROVING,
    /** At least half lower than the baseline. */
    RESPONSE,
    /** Below 5. */
    REMISSION,
    /** No response after the weeks in care the clinic allows (10 unless it says otherwise): time to change the treatment. */
    NOT_IMPROVING;

    /**
     * The order in which a registry review attends to clients: not improving first (time to change
     * the treatment), then new (no sign of change yet), improving, response, and remission last.
     */
    public int attentionRank() {
        return switch (this) {
            case NOT_IMPROVING -> 0;
            case NEW -> 1;
            case IMPROVING -> 2;
            case RESPONSE -> 3;
            case REMISSION -> 4;
        };
    }

    /** Of a client's measures, the status that most needs the team's attention; empty with no measure. */
    public static Optional<EpisodeStatus> mostPressing(Collection<EpisodeStatus> statuses) {
        return statuses.stream().min(Comparator.comparingInt(EpisodeStatus::attentionRank));
    }
}
