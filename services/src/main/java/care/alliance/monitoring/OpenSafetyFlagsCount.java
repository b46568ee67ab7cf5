package care.alliance.monitoring;

import care.alliance.measure.Measures;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Counts the clinic's open safety flags for the monitoring gauge, at start and every half minute,
 * on each node for its own gauge (a read, so nothing to coordinate across a cluster). Outside a
 * transaction: a database that is away makes the count unknown, and leaves no transaction behind.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OpenSafetyFlagsCount {

    @Inject
    Measures measures;

    @Inject
    ProductMetrics metrics;

    @PostConstruct
    void countAtStart() {
        count();
    }

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void count() {
        try {
            metrics.openSafetyFlagsCounted(measures.openFlagCount());
        } catch (RuntimeException databaseAway) {
            metrics.openSafetyFlagsCounted(null);
        }
    }
}
