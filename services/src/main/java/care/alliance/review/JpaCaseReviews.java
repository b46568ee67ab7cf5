package care.alliance.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Case reviews and recommendations kept with JPA. */
@ApplicationScoped
public class JpaCaseReviews implements CaseReviews {

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    public JpaCaseReviews() {
    }

    public JpaCaseReviews(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(CaseReview review) {
        entityManager.persist(review);
    }

    @Override
    public void add(Recommendation recommendation) {
        entityManager.persist(recommendation);
    }

    @Override
    public List<CaseReview> reviewsOf(long clientId) {
        return entityManager.createQuery("select r from CaseReview r where r.clientId = :clientId"
                        + " order by r.reviewedOn desc, r.recordedAt desc, r.id desc", CaseReview.class)
                .setParameter("clientId", clientId)
                .getResultList();
    }

    @Override
    public List<Recommendation> recommendationsOf(long clientId) {
        return entityManager.createQuery("select r from Recommendation r where r.clientId = :clientId"
                        + " order by r.recommendedAt desc, r.id desc", Recommendation.class)
                .setParameter("clientId", clientId)
                .getResultList();
    }

    /** Locked until the transaction ends, so that two answers given at once are taken one after the other. */
    @Override
    public Optional<Recommendation> findRecommendation(long recommendationId) {
        return Optional.ofNullable(entityManager.find(Recommendation.class, recommendationId,
                LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Map<Long, LocalDate> lastReviewedOn(Collection<Long> clientIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        if (clientIds.isEmpty()) {
            return last;
        }
        entityManager.createQuery("select r.clientId, max(r.reviewedOn) from CaseReview r"
                        + " where r.clientId in :clientIds group by r.clientId", Object[].class)
                .setParameter("clientIds", clientIds)
                .getResultList()
                .forEach(row -> last.put((Long) row[0], (LocalDate) row[1]));
        return last;
    }

    @Override
    public List<Recommendation> openRecommendationsOf(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select r from Recommendation r where r.status = :open"
                        + " and r.clientId in :clientIds order by r.recommendedAt, r.id", Recommendation.class)
                .setParameter("open", RecommendationStatus.OPEN)
                .setParameter("clientIds", clientIds)
                .getResultList();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
