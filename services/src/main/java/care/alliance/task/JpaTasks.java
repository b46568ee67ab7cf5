package care.alliance.task;

import care.alliance.goal.GoalStatus;
import care.alliance.persistence.ThisTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Tasks kept with JPA, each list in one statement with the goals' words, owners and labels the tasks are shown and guarded by. */
@ApplicationScoped
public class JpaTasks implements Tasks {

    private static final String WITH_GOAL = "select t from Task t join fetch t.goal g left join fetch g.revisions r"
            + " left join fetch r.owners left join fetch g.labels ";

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    @Inject
    ThisTransaction transaction;

    public JpaTasks() {
    }

    public JpaTasks(EntityManager entityManager) {
        this(entityManager, new ThisTransaction(null));
    }

    public JpaTasks(EntityManager entityManager, ThisTransaction transaction) {
        this.entityManager = entityManager;
        this.transaction = transaction;
    }

    @Override
    public Optional<Task> findForChange(long taskId) {
        return Optional.ofNullable(entityManager.find(Task.class, taskId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Task> ofClient(long clientId) {
        return transaction.rememberedList(new TasksOfClient(clientId), () -> entityManager
                .createQuery(WITH_GOAL + "where t.clientId = :clientId order by t.status, t.dueOn nulls last, t.id",
                        Task.class)
                .setParameter("clientId", clientId)
                .getResultList());
    }

    @Override
    public List<Task> towardCurrentGoals(long clientId) {
        return entityManager.createQuery(WITH_GOAL + "where t.clientId = :clientId"
                        + " and g.status not in :closed order by t.status, t.dueOn nulls last, t.id", Task.class)
                .setParameter("clientId", clientId)
                .setParameter("closed", GoalStatus.closed())
                .getResultList();
    }

    @Override
    public List<Task> ofGoal(long goalId) {
        return entityManager.createQuery(WITH_GOAL + "where g.id = :goalId"
                        + " order by t.status, t.dueOn nulls last, t.id", Task.class)
                .setParameter("goalId", goalId)
                .getResultList();
    }

    @Override
    public void add(Task task) {
        entityManager.persist(task);
        transaction.forget(new TasksOfClient(task.clientId()));
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    private record TasksOfClient(long clientId) {
    }
}
