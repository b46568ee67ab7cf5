package care.alliance.client;

import java.util.Optional;

/** A client as the page about their portal account shows them: no clinical content, only the account. */
public record PortalAccount(long clientId, String name, String recordNumber, Optional<String> username) {

    public boolean isOpen() {
        return username.isPresent();
    }
}
