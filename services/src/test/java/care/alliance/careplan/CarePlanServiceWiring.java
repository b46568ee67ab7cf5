package care.alliance.careplan;

import care.alliance.access.CarePlanAccess;
import java.time.Clock;

/** Wires a {@link CarePlanService} by hand, as the container injects it. */
public final class CarePlanServiceWiring {

    private CarePlanServiceWiring() {
    }

    public static CarePlanService wire(CarePlans plans, CarePlanAccess access, Clock clock) {
        CarePlanService service = new CarePlanService();
        service.plans = plans;
        service.access = access;
        service.clock = clock;
        return service;
    }
}
