package care.alliance.client;

import java.util.Optional;

/** Where clients are kept. */
public interface Clients {

    Optional<Client> find(long clientId);

    /** The client, locked until the end of the change so two people's changes are told apart. */
    Optional<Client> findForChange(long clientId);

    Optional<Client> withPortalAccount(String accountId);

    void flush();
}
