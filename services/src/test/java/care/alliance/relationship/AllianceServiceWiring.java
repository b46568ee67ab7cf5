package care.alliance.relationship;

import care.alliance.access.CarePlanAccess;
import care.alliance.monitoring.ProductMetrics;
import java.time.Clock;

/** Wires an {@link AllianceService} by hand, as the container injects it. */
public final class AllianceServiceWiring {

    private AllianceServiceWiring() {
    }

    public static AllianceService wire(AllianceCheckIns checkIns, CarePlanAccess access, RuptureWatch watch,
            ProductMetrics metrics, Clock clock) {
        AllianceService service = new AllianceService();
        service.checkIns = checkIns;
        service.access = access;
        service.watch = watch;
        service.metrics = metrics;
        service.clock = clock;
        return service;
    }
}
