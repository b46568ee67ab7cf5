package care.alliance.client;

import java.io.Serializable;
import java.util.Optional;

/**
 * A client as the page about their portal account shows them: no clinical content, only the
 * account. The user name is kept as text, none when no account is open, because the page keeps
 * this in a web session that travels between a cluster's nodes, and {@link Optional} does not
 * serialize.
 */
public record PortalAccount(long clientId, String name, String recordNumber, String openAs) implements Serializable {

    PortalAccount(long clientId, String name, String recordNumber, Optional<String> username) {
        this(clientId, name, recordNumber, username.orElse(null));
    }

    public Optional<String> username() {
        return Optional.ofNullable(openAs);
    }

    public boolean isOpen() {
        return openAs != null;
    }
}
