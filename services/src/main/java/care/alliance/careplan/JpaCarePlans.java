package care.alliance.careplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Care plans kept with JPA. */
@ApplicationScoped
public class JpaCarePlans implements CarePlans {

    private static final String OF_CLIENT = "select p from CarePlan p where p.clientId = :clientId";

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    public JpaCarePlans() {
    }

    public JpaCarePlans(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** With its concerns and strengths, in one statement rather than three. */
    @Override
    public Optional<CarePlan> ofClient(long clientId) {
        return entityManager.createQuery("select distinct p from CarePlan p left join fetch p.concerns"
                        + " left join fetch p.strengths where p.clientId = :clientId", CarePlan.class).setParameter("clientId", clientId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<CarePlan> ofClientForChange(long clientId) {
        return entityManager.createQuery(OF_CLIENT, CarePlan.class).setParameter("clientId", clientId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public void add(CarePlan plan) {
        entityManager.persist(plan);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
