package care.alliance.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Progress check-ins kept with JPA. */
@ApplicationScoped
public class JpaProgressCheckIns implements ProgressCheckIns {

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    public JpaProgressCheckIns() {
    }

    public JpaProgressCheckIns(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<ProgressCheckIn> ofClient(long clientId) {
        return entityManager.createQuery("select c from ProgressCheckIn c join fetch c.goal where c.clientId = :clientId"
                        + " order by c.checkedInAt, c.id", ProgressCheckIn.class)
                .setParameter("clientId", clientId)
                .getResultList();
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
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
