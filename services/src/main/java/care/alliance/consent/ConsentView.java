package care.alliance.consent;

import care.alliance.team.Discipline;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The client's consent as the portal and the team read it: for each label, who may see it now and
 * whether that is the client's decision or still the clinic's default; and every decision made,
 * newest first.
 */
public record ConsentView(long clientId, long version, List<Standing> standings, List<Decision> history)
        implements Serializable {

    /** Who may see one label now. */
    public record Standing(SensitiveLabel label, Set<Discipline> maySee, boolean decidedByClient) implements Serializable {

        public boolean allows(Discipline discipline) {
            return maySee.contains(discipline);
        }

        /** The disciplines that may not see the label, in the order of the disciplines. */
        public List<Discipline> withheldFrom() {
            return Arrays.stream(Discipline.values()).filter(discipline -> !maySee.contains(discipline)).toList();
        }
    }

    /** One decision: a discipline allowed or no longer allowed to see a label, when and recorded by whom. */
    public record Decision(SensitiveLabel label, Discipline discipline, boolean maySee, String decidedBy, Instant decidedAt)
            implements Serializable {
    }

    static ConsentView of(ConsentInForce inForce) {
        ClientConsent consent = inForce.consent();
        List<Standing> standings = Arrays.stream(SensitiveLabel.values())
                .map(label -> new Standing(label, inForce.disciplinesSeeing(label),
                        Arrays.stream(Discipline.values()).anyMatch(discipline -> consent.hasDecided(discipline, label))))
                .toList();
        List<Decision> history = new ArrayList<>(consent.history().stream()
                .map(decision -> new Decision(decision.label(), decision.discipline(), decision.maySee(),
                        decision.decidedBy(), decision.decidedAt()))
                .toList());
        Collections.reverse(history);
        return new ConsentView(consent.clientId(), consent.version(), standings, history);
    }

    /** The labels some discipline may not see: what the team has been asked not to see. */
    public List<Standing> restricted() {
        return standings.stream().filter(standing -> !standing.withheldFrom().isEmpty()).toList();
    }

    /** Who may see the label now. */
    public Standing standingOf(SensitiveLabel label) {
        return standings.stream().filter(standing -> standing.label() == label).findFirst().orElseThrow();
    }
}
