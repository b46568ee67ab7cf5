package care.alliance.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinic's consent defaults, from MicroProfile Config: for each label, the disciplines that see
 * it until the client decides (ALLIANCE_CONSENT_DEFAULT_SUBSTANCE_USE=psychiatry,care-management,
 * or {@code none}); every discipline where nothing is set.
 */
@ApplicationScoped
public class ConsentSettings {

    @Inject
    @ConfigProperty(name = "alliance.consent.default.substance-use")
    Optional<String> substanceUse;

    @Inject
    @ConfigProperty(name = "alliance.consent.default.sexual-and-reproductive-health")
    Optional<String> sexualAndReproductiveHealth;

    @Inject
    @ConfigProperty(name = "alliance.consent.default.hiv")
    Optional<String> hiv;

    @Inject
    @ConfigProperty(name = "alliance.consent.default.trauma")
    Optional<String> trauma;

    @Produces
    ConsentDefaults consentDefaults() {
        Map<SensitiveLabel, String> configured = new EnumMap<>(SensitiveLabel.class);
        substanceUse.ifPresent(value -> configured.put(SensitiveLabel.SUBSTANCE_USE, value));
        sexualAndReproductiveHealth.ifPresent(value -> configured.put(SensitiveLabel.SEXUAL_AND_REPRODUCTIVE_HEALTH, value));
        hiv.ifPresent(value -> configured.put(SensitiveLabel.HIV, value));
        trauma.ifPresent(value -> configured.put(SensitiveLabel.TRAUMA, value));
        return ConsentDefaults.configured(configured);
    }
}
