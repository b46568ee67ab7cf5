package care.alliance.client;

import java.io.Serializable;
import java.time.Instant;

/** "How to work with me" as the plan's card and the forms show it; empty fields were not said. */
public record PreferencesView(long clientId, long version, String clientName, String preferredName, String pronouns,
        Language language, WorkingPreferences.Pace pace, WorkingPreferences.Directness directness,
        WorkingPreferences.Formality formality, WorkingPreferences.Support support, String helpedBefore,
        String didNotHelp, String cultureAndIdentity, String accessibilityNeeds, boolean unsaid, String changedBy,
        Instant changedAt) implements Serializable {

    static PreferencesView of(Client client) {
        WorkingPreferences said = client.preferences();
        return new PreferencesView(client.id(), client.version(), client.displayName(),
                client.preferredName().orElse(null), client.pronouns().orElse(null), client.preferredLanguage(),
                said.pace().orElse(null), said.directness().orElse(null), said.formality().orElse(null),
                said.support().orElse(null), said.helpedBefore().orElse(null), said.didNotHelp().orElse(null),
                said.cultureAndIdentity().orElse(null), said.accessibilityNeeds().orElse(null), said.isUnsaid(),
                client.preferencesChangedBy().orElse(null), client.preferencesChangedAt().orElse(null));
    }
}
