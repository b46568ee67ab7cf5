package care.alliance.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the psychiatric case reviews and recommendations are kept. */
public interface CaseReviews {

    void add(CaseReview review);

    void add(Recommendation recommendation);

    /** The client's reviews, the latest first. */
    List<CaseReview> reviewsOf(long clientId);

    /** The client's recommendations, the newest first. */
    List<Recommendation> recommendationsOf(long clientId);

    /** The recommendation, held for this transaction so that two answers given at once are taken one after the other. */
    Optional<Recommendation> findRecommendation(long recommendationId);

    /** The last day each of these clients was reviewed, for those reviewed at all; one query. */
    Map<Long, LocalDate> lastReviewedOn(Collection<Long> clientIds);

    /** The open recommendations of these clients, the oldest first; one query. */
    List<Recommendation> openRecommendationsOf(Collection<Long> clientIds);

    void flush();
}
