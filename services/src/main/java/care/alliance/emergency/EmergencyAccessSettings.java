package care.alliance.emergency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long an emergency access lasts, from MicroProfile Config (ALLIANCE_EMERGENCY_ACCESS_MINUTES,
 * between 5 and 720); an hour where none is set. A setting outside the range stops the deployment
 * with its reason rather than letting emergency access run for a time nobody chose.
 */
@ApplicationScoped
public class EmergencyAccessSettings {

    @Inject
    @ConfigProperty(name = "alliance.emergency-access.minutes", defaultValue = "60")
    int minutes;

    @Produces
    EmergencyAccessPeriod period() {
        return EmergencyAccessPeriod.ofMinutes(minutes);
    }
}
