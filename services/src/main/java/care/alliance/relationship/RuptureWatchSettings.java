package care.alliance.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinic's marks for a possible rupture, from MicroProfile Config (ALLIANCE_RUPTURE_LOW_SCORE,
 * ALLIANCE_RUPTURE_DROP, ALLIANCE_RUPTURE_LOOK_BACK); the standard marks where none are set.
 */
@ApplicationScoped
public class RuptureWatchSettings {

    @Inject
    @ConfigProperty(name = "alliance.rupture.low-score", defaultValue = "2")
    int lowScore;

    @Inject
    @ConfigProperty(name = "alliance.rupture.drop", defaultValue = "2")
    int drop;

    @Inject
    @ConfigProperty(name = "alliance.rupture.look-back", defaultValue = "3")
    int lookBack;

    @Produces
    RuptureWatch ruptureWatch() {
        return new RuptureWatch(lowScore, drop, lookBack);
    }
}
