package care.alliance.monitoring;

import care.alliance.measure.Measures;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts the clinic's open safety flags for the monitoring gauge, at start and every half minute,
 * on each node for its own gauge (a read, so nothing to coordinate across a cluster). Outside a
 * transaction: a database that is away makes the count unknown, and leaves no transaction behind.
 * A task of the managed executor rather than an EJB timer: Payara drops a timer whose deliveries
 * fail twice, as they did while the database was away, and the gauge then never counted again.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OpenSafetyFlagsCount {

    private static final Logger LOG = Logger.getLogger(OpenSafetyFlagsCount.class.getName());

    @Inject
    Measures measures;

    @Inject
    ProductMetrics metrics;

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource
    SessionContext context;

    private ScheduledFuture<?> counting;

    @PostConstruct
    void countAtStartAndEveryHalfMinute() {
        count();
        // through the container, as a business method: the entity manager of a bare call in the executor's thread is closed
        counting = executor.scheduleWithFixedDelay(() -> context.getBusinessObject(OpenSafetyFlagsCount.class).count(),
                30, 30, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stopCounting() {
        counting.cancel(false);
    }

    public void count() {
        try {
            metrics.openSafetyFlagsCounted(measures.openFlagCount());
        } catch (RuntimeException failure) {
            // a task that throws is never run again: the count is unknown until the next run
            metrics.openSafetyFlagsCounted(null);
            LOG.log(Level.WARNING, "The open safety flags could not be counted", LoggedFailure.of(failure));
        }
    }
}
