package care.alliance.review;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One client's line of psychiatric case review for a registry or caseload row: how many
 * recommendations are open, since when the oldest, of which kinds, whether they wait for the
 * reader (who is the team's primary care), and the last day the client was reviewed.
 */
public record CaseReviewSummary(long clientId, int openRecommendations, Instant oldestOpenSince,
        Set<RecommendationKind> openKinds, boolean awaitsReader, LocalDate lastReviewedOn) implements Serializable {

    public boolean hasOpenRecommendation() {
        return openRecommendations > 0;
    }

    public boolean reviewed() {
        return lastReviewedOn != null;
    }
}
