package care.alliance.consent;

import care.alliance.team.Discipline;
import java.util.Set;

/** The client's consent as it stands at this request: their decisions, the clinic's defaults where they made none. */
public record ConsentInForce(ClientConsent consent, ConsentDefaults defaults) {

    public boolean allows(Discipline discipline, Set<SensitiveLabel> labels) {
        return consent.allows(discipline, labels, defaults);
    }

    public Set<Discipline> disciplinesSeeing(SensitiveLabel label) {
        return consent.disciplinesSeeing(label, defaults);
    }
}
