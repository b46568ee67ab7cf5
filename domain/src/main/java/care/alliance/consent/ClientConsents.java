package care.alliance.consent;

import java.util.Optional;

/** Where clients' consents are kept. */
public interface ClientConsents {

    /** The client's consent with its decisions; none while the client has decided nothing. */
    Optional<ClientConsent> ofClient(long clientId);

    /** The client's consent, to change it: whoever else is changing it finishes first. */
    Optional<ClientConsent> ofClientForChange(long clientId);

    void add(ClientConsent consent);

    void flush();
}
