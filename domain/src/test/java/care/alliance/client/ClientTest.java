package care.alliance.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.person.PersonName;
import care.alliance.rules.InvalidInput;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final PersonName ALEXANDRA = new PersonName("Alexandra", "Morgan");

    private static Client bornOn(LocalDate dateOfBirth) {
        return new Client(ALEXANDRA, dateOfBirth, TODAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "1990-04-02", "2026-11-02"})
    void aDateOfBirthFallsFrom1900ToToday(String day) {
        assertEquals(LocalDate.parse(day), bornOn(LocalDate.parse(day)).dateOfBirth());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2026-11-03", "0001-01-01", "+999999999-12-31"})
    void aDateOfBirthBefore1900OrInTheFutureIsRefused(String day) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> bornOn(LocalDate.parse(day)));
        assertEquals("The date of birth must be between 1 January 1900 and today; check the year.",
                refused.getMessage());
    }

    @Test
    void aClientNeedsANameAndADateOfBirth() {
        assertThrows(InvalidInput.class, () -> bornOn(null));
        assertThrows(InvalidInput.class, () -> new Client(null, LocalDate.of(1990, 4, 2), TODAY));
    }

    @Test
    void thePreferredNameAndPronounsAreEachOneLineOfText() {
        Client client = bornOn(LocalDate.of(1990, 4, 2));

        InvalidInput refused = assertThrows(InvalidInput.class, () -> client.preferToBeCalled("Al\nex", null));
        assertEquals("Write the preferred name on one line, without line breaks or tabs.", refused.getMessage());
        assertThrows(InvalidInput.class, () -> client.preferToBeCalled("Alex", "they\u0000them"));
        assertEquals("Alexandra Morgan", client.displayName(), "a refused name changes nothing");
    }

    @Test
    void aRegisteredClientHasTheirNamesLanguageAndRecordNumber() {
        Client client = Client.register(ALEXANDRA, " Alex ", "they/them", LocalDate.of(1990, 4, 2), Language.SPANISH,
                RecordNumber.of("mrn-7"), TODAY);

        assertEquals("Alex Morgan", client.displayName());
        assertEquals("they/them", client.pronouns().orElseThrow());
        assertEquals(Language.SPANISH, client.preferredLanguage());
        assertEquals("MRN-7", client.recordNumber().orElseThrow().value());
        assertEquals(ALEXANDRA, client.legalName());
    }

    @Test
    void aRegistrationWithoutNameSaidKeepsNone() {
        Client client = Client.register(ALEXANDRA, " ", "", LocalDate.of(1990, 4, 2), Language.ENGLISH,
                RecordNumber.of("7"), TODAY);

        assertEquals("Alexandra Morgan", client.displayName());
        assertEquals(java.util.Optional.empty(), client.pronouns());
    }

    @Test
    void aRegistrationRefusesAFutureOrMissingDateOfBirthAndMissingLanguageBesideTheirFields() {
        InvalidInput future = assertThrows(InvalidInput.class, () -> Client.register(ALEXANDRA, null, null,
                TODAY.plusDays(1), Language.ENGLISH, RecordNumber.of("7"), TODAY));
        assertEquals("dateOfBirth", future.field().orElseThrow());
        InvalidInput missing = assertThrows(InvalidInput.class, () -> Client.register(ALEXANDRA, null, null,
                null, Language.ENGLISH, RecordNumber.of("7"), TODAY));
        assertEquals("dateOfBirth", missing.field().orElseThrow());
        InvalidInput noLanguage = assertThrows(InvalidInput.class, () -> Client.register(ALEXANDRA, null, null,
                LocalDate.of(1990, 4, 2), null, RecordNumber.of("7"), TODAY));
        assertEquals("language", noLanguage.field().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<i>Alex</i>", "Al\u0000ex", "Alex\nMorgan"})
    void aRegistrationRefusesAPreferredNameThatIsNotOneLineOfPlainText(String preferred) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> Client.register(ALEXANDRA, preferred, null,
                LocalDate.of(1990, 4, 2), Language.ENGLISH, RecordNumber.of("7"), TODAY));
        assertEquals("preferredName", refused.field().orElseThrow());
    }

    @Test
    void aLegalNameRefusalNamesItsField() {
        assertEquals("givenName", assertThrows(InvalidInput.class, () -> new PersonName(" ", "Morgan"))
                .field().orElseThrow());
        assertEquals("familyName", assertThrows(InvalidInput.class, () -> new PersonName("Alex", "<b>M</b>\u0007"))
                .field().orElseThrow());
    }
}
