package care.alliance.client;

import care.alliance.person.PersonName;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where clients are kept. */
public interface Clients {

    Optional<Client> find(long clientId);

    /** The client, locked until the end of the change so two people's changes are told apart. */
    Optional<Client> findForChange(long clientId);

    Optional<Client> withPortalAccount(String accountId);

    Optional<Client> withRecordNumber(RecordNumber recordNumber);

    /** Clients of that legal name (letter case aside) born on that day: likely the same person. */
    List<Client> withNameAndDateOfBirth(PersonName legalName, LocalDate dateOfBirth);

    void add(Client client);

    void flush();
}
