package care.alliance.monitoring;

import care.alliance.measure.Measures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The product's own counters and gauge, in the application's registry of MicroProfile Metrics
 * (Prometheus text at {@code /metrics?scope=application}). Each is counted where it happens, once:
 * a sign-in where Keycloak's answer is redeemed, a refusal where the audit records it, a possible
 * rupture where a check-in opens one. The open safety flags are read from the database at each
 * scrape, a count on a small table.
 */
@ApplicationScoped
public class ProductMetrics {

    static final Metadata SIGN_INS = Metadata.builder().withName("alliance.sign.ins")
            .withDescription("People signed in to the pages through Keycloak (bearer-token API calls are not sign-ins)")
            .withUnit(MetricUnits.NONE).build();
    static final Metadata REFUSALS = Metadata.builder().withName("alliance.refusals")
            .withDescription("Accesses refused and audited as refused, by the audited action")
            .withUnit(MetricUnits.NONE).build();
    static final Metadata RUPTURES_FLAGGED = Metadata.builder().withName("alliance.ruptures.flagged")
            .withDescription("Possible ruptures opened by a client's alliance check-in")
            .withUnit(MetricUnits.NONE).build();
    static final Metadata SAFETY_FLAGS_OPEN = Metadata.builder().withName("alliance.safety.flags.open")
            .withDescription("Safety flags raised by PHQ-9 item 9 and not yet closed by a follow-up, in the whole clinic")
            .withUnit(MetricUnits.NONE).build();

    @Inject
    MetricRegistry registry;

    @Inject
    Measures measures;

    /** Publishes the counters at zero from the start, so that monitoring sees a rise from nothing. */
    void publish(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.counter(SIGN_INS);
        registry.counter(RUPTURES_FLAGGED);
        registry.gauge(SAFETY_FLAGS_OPEN, this, ProductMetrics::openSafetyFlags);
    }

    public void signedIn() {
        registry.counter(SIGN_INS).inc();
    }

    /** The action is the audit's name for what was refused (VIEW_CARE_PLAN…): a kind, never a record. */
    public void refused(String action) {
        registry.counter(REFUSALS, new Tag("action", action)).inc();
    }

    public void ruptureFlagged() {
        registry.counter(RUPTURES_FLAGGED).inc();
    }

    /** None while the database is away: the scrape leaves the gauge out rather than report a wrong count. */
    Long openSafetyFlags() {
        try {
            return measures.openFlagCount();
        } catch (RuntimeException databaseAway) {
            return null;
        }
    }
}
