package care.alliance.measure;

import care.alliance.access.Caller;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.FixedCaller;
import java.time.Clock;

/** Wires a {@link Registry} by hand on a test database, as the container injects it. */
public final class RegistryWiring {

    private RegistryWiring() {
    }

    public static Registry wire(ClinicDatabase database, Caller caller, TreatToTarget rule, Clock clock) {
        Registry registry = new Registry();
        registry.rows = new RegistryRows(database.entityManager());
        registry.careTeams = database.careTeams();
        registry.signedIn = new FixedCaller(caller);
        registry.audit = database.auditTrail();
        registry.rule = rule;
        registry.clock = clock;
        registry.caseReviews = database.caseReviewService(caller);
        return registry;
    }

    public static Registry wire(ClinicDatabase database, Caller caller) {
        return wire(database, caller, TreatToTarget.STANDARD, database.clock());
    }
}
