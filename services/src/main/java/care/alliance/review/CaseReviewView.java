package care.alliance.review;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A psychiatric case review as the team reads it: who reviewed the client on which day, and what they noted. */
public record CaseReviewView(long id, long clientId, LocalDate reviewedOn, String note, String reviewedBy,
        Instant recordedAt) implements Serializable {

    static CaseReviewView of(CaseReview review) {
        return new CaseReviewView(review.id(), review.clientId(), review.reviewedOn(), review.note(),
                review.reviewedBy(), review.recordedAt());
    }
}
