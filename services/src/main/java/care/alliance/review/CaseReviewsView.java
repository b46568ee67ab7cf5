package care.alliance.review;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A client's psychiatric case review on the team's plan: the reviews (latest first), the open
 * recommendations (oldest first, they wait longest) with the primary care clinicians of the team
 * who answer them, the answered ones (newest first), and whether the reader may review and
 * recommend (the team's psychiatrist) or answer (the team's primary care).
 */
public record CaseReviewsView(long clientId, List<CaseReviewView> reviews, List<RecommendationView> open,
        List<RecommendationView> answered, List<String> answeredByClinicians, boolean mayReview, boolean mayAnswer)
        implements Serializable {

    /** The primary care clinicians who answer, as one line. */
    public String answeredByNames() {
        return String.join(", ", answeredByClinicians);
    }

    public Optional<CaseReviewView> lastReview() {
        return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(0));
    }
}
