package care.alliance.team;

import care.alliance.access.Role;

/** The clinical professions that make up an integrated care team, each signing in with its role. */
public enum Discipline {
    PSYCHIATRY(Role.PSYCHIATRIST),
    PRIMARY_CARE(Role.PRIMARY_CARE),
    PSYCHOTHERAPY(Role.THERAPIST),
    CARE_MANAGEMENT(Role.CARE_MANAGER);

    private final Role role;

    Discipline(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }
}
