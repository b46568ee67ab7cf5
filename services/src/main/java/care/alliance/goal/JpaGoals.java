package care.alliance.goal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Goals kept with JPA. */
@ApplicationScoped
public class JpaGoals implements Goals {

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    public JpaGoals() {
    }

    public JpaGoals(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Goal> find(long goalId) {
        return Optional.ofNullable(entityManager.find(Goal.class, goalId));
    }

    @Override
    public List<Goal> ofClient(long clientId) {
        return withAnswers(entityManager.createQuery(
                        "select distinct g from Goal g left join fetch g.revisions where g.clientId = :clientId order by g.id",
                        Goal.class)
                .setParameter("clientId", clientId)
                .getResultList());
    }

    @Override
    public List<Goal> awaitingAgreement(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return withAnswers(entityManager.createQuery("select distinct g from Goal g left join fetch g.revisions"
                        + " where g.clientId in :clientIds and g.status in :waiting order by g.id", Goal.class)
                .setParameter("clientIds", clientIds)
                .setParameter("waiting", List.of(GoalStatus.PROPOSED, GoalStatus.REVISED))
                .getResultList());
    }

    /** Fetches the goals' answers and sensitive labels in two more queries rather than two per goal. */
    private List<Goal> withAnswers(List<Goal> goals) {
        if (!goals.isEmpty()) {
            entityManager.createQuery("select distinct g from Goal g left join fetch g.responses where g in :goals", Goal.class)
                    .setParameter("goals", goals)
                    .getResultList();
            entityManager.createQuery("select distinct g from Goal g left join fetch g.labels where g in :goals", Goal.class)
                    .setParameter("goals", goals)
                    .getResultList();
        }
        return goals;
    }

    @Override
    public void add(Goal goal) {
        entityManager.persist(goal);
    }

    @Override
    public Optional<Goal> findForChange(long goalId) {
        return Optional.ofNullable(entityManager.find(Goal.class, goalId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
