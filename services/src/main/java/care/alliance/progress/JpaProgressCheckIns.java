package care.alliance.progress;

import care.alliance.persistence.ThisTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Progress check-ins kept with JPA. */
@ApplicationScoped
public class JpaProgressCheckIns implements ProgressCheckIns {

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    @Inject
    ThisTransaction transaction;

    public JpaProgressCheckIns() {
    }

    public JpaProgressCheckIns(EntityManager entityManager) {
        this(entityManager, new ThisTransaction(null));
    }

    public JpaProgressCheckIns(EntityManager entityManager, ThisTransaction transaction) {
        this.entityManager = entityManager;
        this.transaction = transaction;
    }

    @Override
    public List<ProgressCheckIn> ofClient(long clientId) {
        return transaction.rememberedList(new CheckInsOfClient(clientId), () -> entityManager
                .createQuery("select c from ProgressCheckIn c join fetch c.goal where c.clientId = :clientId"
                        + " order by c.checkedInAt, c.id", ProgressCheckIn.class)
                .setParameter("clientId", clientId)
                .getResultList());
    }

    @Override
    public List<ProgressCheckIn> ofGoal(long goalId) {
        return entityManager.createQuery("select c from ProgressCheckIn c join fetch c.goal g where g.id = :goalId"
                        + " order by c.checkedInAt, c.id", ProgressCheckIn.class)
                .setParameter("goalId", goalId)
                .getResultList();
    }

    @Override
    public void add(ProgressCheckIn checkIn) {
        entityManager.persist(checkIn);
        transaction.forget(new CheckInsOfClient(checkIn.goal().clientId()));
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    private record CheckInsOfClient(long clientId) {
    }
}
