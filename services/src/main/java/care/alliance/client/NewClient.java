package care.alliance.client;

import java.io.Serializable;
import java.time.LocalDate;

/** What a care manager or clinic IT types to register a client, as typed; the domain decides what it may be. */
public record NewClient(String givenName, String familyName, String preferredName, String pronouns,
        LocalDate dateOfBirth, Language language, String recordNumber) implements Serializable {
}
