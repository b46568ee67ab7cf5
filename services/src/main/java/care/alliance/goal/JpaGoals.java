package care.alliance.goal;

import care.alliance.consent.SensitiveLabel;
import care.alliance.persistence.ThisTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Goals kept with JPA. A list of goals is read in two statements however many goals it holds:
 * the goals with their revisions, each revision's owners and the goals' labels, then their answers
 * (two lists of answers and revisions cannot be fetched in one statement).
 */
@ApplicationScoped
public class JpaGoals implements Goals {

    private static final String WITH_CONTENT = "select distinct g from Goal g left join fetch g.revisions r"
            + " left join fetch r.owners left join fetch g.labels ";

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    @Inject
    ThisTransaction transaction;

    public JpaGoals() {
    }

    public JpaGoals(EntityManager entityManager) {
        this(entityManager, new ThisTransaction(null));
    }

    public JpaGoals(EntityManager entityManager, ThisTransaction transaction) {
        this.entityManager = entityManager;
        this.transaction = transaction;
    }

    @Override
    public Optional<Goal> find(long goalId) {
        // with its revisions, owners, labels and answers in two statements, not one for each
        // collection; once a transaction, as the page's services each look the goal up
        return transaction.remembered(new GoalOfId(goalId), () -> withAnswers(entityManager
                .createQuery(WITH_CONTENT + "where g.id = :goalId", Goal.class)
                .setParameter("goalId", goalId)
                .getResultList()).stream().findFirst());
    }

    @Override
    public List<Goal> ofClient(long clientId) {
        // read once a transaction: the portal's services each want all of the client's goals
        return transaction.rememberedList(new GoalsOfClient(clientId), () -> withAnswers(entityManager
                .createQuery(WITH_CONTENT + "where g.clientId = :clientId order by g.id", Goal.class)
                .setParameter("clientId", clientId)
                .getResultList()));
    }

    /** The count of closed goals comes with each current goal, so it costs no statement of its own but when none is current. */
    @Override
    public CurrentGoals currentOfClient(long clientId) {
        List<Object[]> rows = entityManager.createQuery("select g, (select count(c) from Goal c"
                        + " where c.clientId = g.clientId and c.status in :closed) from Goal g"
                        + " left join fetch g.revisions r left join fetch r.owners left join fetch g.labels"
                        + " where g.clientId = :clientId and g.status not in :closed order by g.id", Object[].class)
                .setParameter("clientId", clientId)
                .setParameter("closed", GoalStatus.closed())
                .getResultList();
        List<Goal> current = withAnswers(rows.stream().map(row -> (Goal) row[0]).distinct().toList());
        long closed = rows.isEmpty()
                ? entityManager.createQuery("select count(g) from Goal g where g.clientId = :clientId"
                                + " and g.status in :closed", Long.class)
                        .setParameter("clientId", clientId)
                        .setParameter("closed", GoalStatus.closed())
                        .getSingleResult()
                : (Long) rows.get(0)[1];
        return new CurrentGoals(current, closed);
    }

    @Override
    public List<Goal> closedOfClient(long clientId) {
        return withAnswers(entityManager.createQuery(WITH_CONTENT + "where g.clientId = :clientId"
                        + " and g.status in :closed order by g.lastChangedAt desc, g.id desc", Goal.class)
                .setParameter("clientId", clientId)
                .setParameter("closed", GoalStatus.closed())
                .getResultList());
    }

    @Override
    public Map<Long, Set<SensitiveLabel>> labelsOfClient(long clientId) {
        Map<Long, Set<SensitiveLabel>> labels = new HashMap<>();
        entityManager.createQuery("select g.id, l from Goal g join g.labels l where g.clientId = :clientId", Object[].class)
                .setParameter("clientId", clientId)
                .getResultList()
                .forEach(row -> labels.computeIfAbsent((Long) row[0], goal -> EnumSet.noneOf(SensitiveLabel.class))
                        .add((SensitiveLabel) row[1]));
        return labels;
    }

    @Override
    public List<Goal> awaitingAgreement(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return withAnswers(entityManager.createQuery(WITH_CONTENT
                        + "where g.clientId in :clientIds and g.status in :waiting order by g.id", Goal.class)
                .setParameter("clientIds", clientIds)
                .setParameter("waiting", List.of(GoalStatus.PROPOSED, GoalStatus.REVISED))
                .getResultList());
    }

    /** Fetches the goals' answers in one more statement rather than one per goal. */
    private List<Goal> withAnswers(List<Goal> goals) {
        if (!goals.isEmpty()) {
            entityManager.createQuery("select distinct g from Goal g left join fetch g.responses where g in :goals", Goal.class)
                    .setParameter("goals", goals)
                    .getResultList();
        }
        return goals;
    }

    @Override
    public void add(Goal goal) {
        entityManager.persist(goal);
        transaction.forget(new GoalsOfClient(goal.clientId()));
    }

    @Override
    public Optional<Goal> findForChange(long goalId) {
        return Optional.ofNullable(entityManager.find(Goal.class, goalId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    private record GoalsOfClient(long clientId) {
    }

    private record GoalOfId(long goalId) {
    }
}
