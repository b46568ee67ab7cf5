package care.alliance.staff;

import java.io.Serializable;

/**
 * An account ready to hand to its person: the user name and the one-time temporary password,
 * which Alliance shows this once and keeps nowhere.
 */
public record AccountHandedOver(long staffId, String name, String username, String temporaryPassword) implements Serializable {

    @Override
    public String toString() {
        return "AccountHandedOver[staffId=" + staffId + ", username=" + username + "]";
    }
}
