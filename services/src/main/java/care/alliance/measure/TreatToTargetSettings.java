package care.alliance.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinic's weeks in care without a response before a client is "not improving", from
 * MicroProfile Config (ALLIANCE_MEASURE_NOT_IMPROVING_WEEKS); 10 where none is set.
 */
@ApplicationScoped
public class TreatToTargetSettings {

    @Inject
    @ConfigProperty(name = "alliance.measure.not-improving-weeks", defaultValue = "10")
    int notImprovingAfterWeeks;

    @Produces
    TreatToTarget treatToTarget() {
        return new TreatToTarget(notImprovingAfterWeeks);
    }
}
