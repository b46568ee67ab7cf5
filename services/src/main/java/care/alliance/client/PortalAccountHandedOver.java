package care.alliance.client;

import java.io.Serializable;

/**
 * A client's portal account ready to hand to them: the user name and the one-time temporary
 * password, which Alliance shows this once and keeps nowhere.
 */
public record PortalAccountHandedOver(long clientId, String name, String username, String temporaryPassword) implements Serializable {

    @Override
    public String toString() {
        return "PortalAccountHandedOver[clientId=" + clientId + ", username=" + username + "]";
    }
}
