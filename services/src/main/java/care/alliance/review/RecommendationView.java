package care.alliance.review;

import care.alliance.goal.Party;
import java.io.Serializable;
import java.time.Instant;

/**
 * A psychiatric recommendation as the team reads it: what, by whom, for whom, and, once answered,
 * the answer. The version is what an answer form sends back, so that an answer given meanwhile is noticed.
 */
public record RecommendationView(long id, long version, long clientId, RecommendationKind kind, String text,
        String recommendedBy, Instant recommendedAt, Party addressedTo, RecommendationStatus status, String answer,
        String answeredBy, Instant answeredAt) implements Serializable {

    static RecommendationView of(Recommendation recommendation) {
        return new RecommendationView(recommendation.id(), recommendation.version(), recommendation.clientId(),
                recommendation.kind(), recommendation.text(), recommendation.recommendedBy(),
                recommendation.recommendedAt(), recommendation.addressedTo(), recommendation.status(),
                recommendation.answer().orElse(null), recommendation.answeredBy().orElse(null),
                recommendation.answeredAt().orElse(null));
    }

    public boolean open() {
        return status == RecommendationStatus.OPEN;
    }
}
