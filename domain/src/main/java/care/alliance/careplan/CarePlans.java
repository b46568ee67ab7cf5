package care.alliance.careplan;

import java.util.Optional;

/** Where care plans are kept: one current plan per client. */
public interface CarePlans {

    Optional<CarePlan> ofClient(long clientId);

    /** The client's plan, locked for a change; whoever else is changing it finishes first. */
    Optional<CarePlan> ofClientForChange(long clientId);

    void add(CarePlan plan);

    void flush();
}
