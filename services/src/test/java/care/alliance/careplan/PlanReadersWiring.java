package care.alliance.careplan;

import care.alliance.access.CarePlanAccess;
import care.alliance.emergency.EmergencyAccesses;
import jakarta.persistence.EntityManager;

/** Wires {@link PlanReaders} by hand, as the container injects it. */
public final class PlanReadersWiring {

    private PlanReadersWiring() {
    }

    public static PlanReaders wire(CarePlanAccess access, EntityManager entityManager,
            EmergencyAccesses emergencyAccesses) {
        PlanReaders readers = new PlanReaders();
        readers.access = access;
        readers.entityManager = entityManager;
        readers.emergencyAccesses = emergencyAccesses;
        return readers;
    }
}
