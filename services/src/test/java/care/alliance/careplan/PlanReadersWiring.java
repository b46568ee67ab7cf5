package care.alliance.careplan;

import care.alliance.access.CarePlanAccess;
import jakarta.persistence.EntityManager;

/** Wires {@link PlanReaders} by hand, as the container injects it. */
public final class PlanReadersWiring {

    private PlanReadersWiring() {
    }

    public static PlanReaders wire(CarePlanAccess access, EntityManager entityManager) {
        PlanReaders readers = new PlanReaders();
        readers.access = access;
        readers.entityManager = entityManager;
        return readers;
    }
}
