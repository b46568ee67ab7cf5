package care.alliance.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of people who sign in to Alliance, one per Keycloak realm role. A role says what kind
 * of thing a person may do; care-team membership says for whom.
 */
public enum Role {
    PSYCHIATRIST("psychiatrist", true),
    PRIMARY_CARE("primary-care", true),
    THERAPIST("therapist", true),
    CARE_MANAGER("care-manager", true),
    CLIENT("client", false),
    CLINIC_ADMIN("clinic-admin", false),
    /** Reviews the audit and emergency accesses: who did what to whose record, never the record's content. */
    PRIVACY_OFFICER("privacy-officer", false);

    private final String realmName;
    private final boolean clinician;

    Role(String realmName, boolean clinician) {
        this.realmName = realmName;
        this.clinician = clinician;
    }

    /** The realm role's name, which is also the container role's name. */
    public String realmName() {
        return realmName;
    }

    public boolean isClinician() {
        return clinician;
    }

    public static Optional<Role> ofRealmName(String name) {
        return Arrays.stream(values()).filter(role -> role.realmName.equals(name)).findFirst();
    }
}
