package care.alliance.monitoring;

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
 * rupture where a check-in opens one. The open safety flags are counted in the database every
 * half minute ({@link OpenSafetyFlagsCount}), not at each scrape: the scrape never waits for the
 * database, and runs in the server's context, where Alliance's persistence may not be reachable.
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

    /** Null until counted, and while the database cannot be counted. */
    private volatile Long openSafetyFlags;

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

    /** What {@link OpenSafetyFlagsCount} found; null when the database could not be counted. */
    public void openSafetyFlagsCounted(Long count) {
        openSafetyFlags = count;
    }

    /** Unknown while the database is away: the scrape then leaves the gauge out rather than report a wrong count. */
    Long openSafetyFlags() {
        Long count = openSafetyFlags;
        if (count == null) {
            // the one failure Payara's exporter takes as "leave this gauge out" (a null would fail the whole scrape)
            throw new IllegalStateException("the open safety flags have not been counted");
        }
        return count;
    }
}
