package care.alliance.goal;

import care.alliance.access.Role;
import care.alliance.team.Discipline;
import java.util.Optional;

/**
 * Someone whose agreement a goal needs: the client, or one of the disciplines that own the goal.
 * One clinician answers for their discipline.
 */
public enum Party {
    CLIENT(null),
    PSYCHIATRY(Discipline.PSYCHIATRY),
    PRIMARY_CARE(Discipline.PRIMARY_CARE),
    PSYCHOTHERAPY(Discipline.PSYCHOTHERAPY),
    CARE_MANAGEMENT(Discipline.CARE_MANAGEMENT);

    private final Discipline discipline;

    Party(Discipline discipline) {
        this.discipline = discipline;
    }

    public static Party of(Discipline discipline) {
        for (Party party : values()) {
            if (party.discipline == discipline && discipline != null) {
                return party;
            }
        }
        throw new IllegalArgumentException("No party for " + discipline);
    }

    /** The party a person of the given role answers for; clinic-admin answers for none. */
    public static Optional<Party> forRole(Role role) {
        if (role == Role.CLIENT) {
            return Optional.of(CLIENT);
        }
        for (Party party : values()) {
            if (party.discipline != null && party.discipline.role() == role) {
                return Optional.of(party);
            }
        }
        return Optional.empty();
    }

    /** The discipline the party answers for; none for the client. */
    public Discipline discipline() {
        return discipline;
    }

    /** Whether the party is one of the care team's disciplines, who read the team's clinical framing. */
    public static boolean isTeam(Party party) {
        return party != null && party.discipline != null;
    }

    /** Prescribers: the disciplines who may set and change medication goals and tasks. */
    public boolean prescribes() {
        return this == PSYCHIATRY || this == PRIMARY_CARE;
    }
}
