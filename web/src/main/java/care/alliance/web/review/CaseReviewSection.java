package care.alliance.web.review;

import care.alliance.review.CaseReviewService;
import care.alliance.review.CaseReviewsView;
import care.alliance.review.RecommendationKind;
import care.alliance.review.RecommendationStatus;
import care.alliance.review.RecommendationView;
import care.alliance.web.forms.PageMessages;
import care.alliance.web.layout.RecordNumber;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The psychiatric case review on the team's plan: the last review, the open recommendations and
 * who answers them, the answered ones; the psychiatrist's forms to mark the client reviewed and to
 * recommend, and primary care's to accept, adapt or decline. What each reader may do comes from the
 * service; the service refuses anyone else whatever the page sends.
 */
@Named
@ViewScoped
public class CaseReviewSection implements Serializable {

    @Inject
    CaseReviewService caseReviews;

    private long clientId;
    private CaseReviewsView review;
    private LocalDate reviewedOn = LocalDate.now();
    private String reviewNote;
    private RecommendationKind recommendationKind;
    private String recommendationText;
    private String answerWords;

    public void load(long clientId) {
        this.clientId = clientId;
        review = caseReviews.caseReviewOf(clientId);
    }

    public String markReviewed() {
        return again(PageMessages.attempt(() -> caseReviews.markReviewed(clientId, reviewedOn, reviewNote),
                "done.reviewed"));
    }

    public String recommend() {
        return again(PageMessages.attempt(() -> caseReviews.recommend(clientId, recommendationKind,
                recommendationText), "done.recommended"));
    }

    public String accept() {
        return answer(RecommendationStatus.ACCEPTED);
    }

    public String adapt() {
        return answer(RecommendationStatus.ADAPTED);
    }

    public String decline() {
        return answer(RecommendationStatus.DECLINED);
    }

    /** Answers the recommendation the form showed, as the page saw it: an answer given meanwhile is noticed. */
    private String answer(RecommendationStatus outcome) {
        RecommendationView answering = getAnswering();
        return again(PageMessages.attempt(() -> caseReviews.answer(answering.id(), answering.version(), outcome,
                answerWords), "done.recommendationAnswered"));
    }

    /**
     * The recommendation primary care's form answers: the oldest open one, which has waited longest;
     * the next is answered after it.
     */
    public RecommendationView getAnswering() {
        return loaded().review.open().isEmpty() ? null : review.open().get(0);
    }

    private String again(Object done) {
        return done == null ? null : "/clinician/care-plan?faces-redirect=true&client=" + clientId;
    }

    /** Loads again when this bean was made anew mid-request (see RecordNumber.inAddress). */
    private CaseReviewSection loaded() {
        if (review == null) {
            load(RecordNumber.inAddress("client"));
        }
        return this;
    }

    public CaseReviewsView getReview() {
        return loaded().review;
    }

    public RecommendationKind[] getKinds() {
        return RecommendationKind.values();
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }

    public RecommendationKind getRecommendationKind() {
        return recommendationKind;
    }

    public void setRecommendationKind(RecommendationKind recommendationKind) {
        this.recommendationKind = recommendationKind;
    }

    public String getRecommendationText() {
        return recommendationText;
    }

    public void setRecommendationText(String recommendationText) {
        this.recommendationText = recommendationText;
    }

    public String getAnswerWords() {
        return answerWords;
    }

    public void setAnswerWords(String answerWords) {
        this.answerWords = answerWords;
    }
}
