package care.alliance.client;

import care.alliance.person.PersonName;
import care.alliance.person.PlainText;
import care.alliance.rules.ClinicCalendar;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The person in care. Their legal name is kept for records; the name they prefer is the one the
 * team uses and the one Alliance shows. A client who uses the portal is linked to a Keycloak
 * account by the account's stable id (Keycloak's sub); the user name is kept for display and refreshed
 * from each sign-in.
 */
@Entity
@Table(name = "client")
public class Client {

    public static final int PRONOUNS_LENGTH = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", unique = true, length = 36)
    private String accountId;

    @Column(name = "username", unique = true, length = 100)
    private String username;

    @Embedded
    private PersonName legalName;

    // Clients recorded before Alliance kept record numbers may have none; every registration gives one.
    @Embedded
    private RecordNumber recordNumber;

    @Column(name = "preferred_name", length = PersonName.MAX_LENGTH)
    private String preferredName;

    @Column(name = "pronouns", length = PRONOUNS_LENGTH)
    private String pronouns;

    @Column(name = "preferred_language", nullable = false, length = 10)
    private String preferredLanguage;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Embedded
    private WorkingPreferences preferences;

    @Column(name = "preferences_changed_by", length = 100)
    private String preferencesChangedBy;

    @Column(name = "preferences_changed_at")
    private Instant preferencesChangedAt;

    protected Client() {
    }

    /** A client with their legal name and date of birth, which falls from 1900 to today. */
    public Client(PersonName legalName, LocalDate dateOfBirth, LocalDate today) {
        if (legalName == null || dateOfBirth == null) {
            throw new InvalidInput(RuleWords.say("client.nameAndBirthDateRequired"));
        }
        this.legalName = legalName;
        this.dateOfBirth = ClinicCalendar.dateOfBirth(dateOfBirth, today);
        this.preferredLanguage = "en";
    }

    /**
     * A client the clinic registers: legal name, the name and pronouns they go by (blank for none
     * said), date of birth (from 1900 to today), the language they prefer and the clinic's record
     * number. Every rule is checked before the client exists, so a refusal leaves nothing behind.
     */
    public static Client register(PersonName legalName, String preferredName, String pronouns, LocalDate dateOfBirth,
            Language language, RecordNumber recordNumber, LocalDate today) {
        if (legalName == null || recordNumber == null) {
            throw new IllegalArgumentException("A registration needs a legal name and a record number.");
        }
        if (dateOfBirth == null) {
            throw new InvalidInput(RuleWords.say("client.dateOfBirthRequired"), "dateOfBirth");
        }
        if (language == null) {
            throw new InvalidInput(RuleWords.say("client.languageRequired"), "language");
        }
        Client client = new Client(legalName, dateOfBirth, today);
        client.preferToBeCalled(preferredName, pronouns);
        client.preferredLanguage = language.tag();
        client.recordNumber = recordNumber;
        return client;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public PersonName legalName() {
        return legalName;
    }

    /** The name to address the client by: their preferred name, else their legal given name. */
    public String displayName() {
        String given = preferredName == null ? legalName.given() : preferredName;
        return given + " " + legalName.family();
    }

    public Optional<String> pronouns() {
        return Optional.ofNullable(pronouns);
    }

    public Language preferredLanguage() {
        return Language.ofTag(preferredLanguage);
    }

    /** How the client wants the team to work with them; unsaid until someone records it. */
    public WorkingPreferences preferences() {
        return preferences == null ? WorkingPreferences.unsaid() : preferences;
    }

    public Optional<String> preferredName() {
        return Optional.ofNullable(preferredName);
    }

    public Optional<String> preferencesChangedBy() {
        return Optional.ofNullable(preferencesChangedBy);
    }

    public Optional<Instant> preferencesChangedAt() {
        return Optional.ofNullable(preferencesChangedAt);
    }

    /**
     * Records how the client wants to be addressed and worked with, as they said it; by the client
     * or by someone of their team with them.
     */
    public void describeHowToWorkWithMe(String preferredName, String pronouns, Language language,
            WorkingPreferences preferences, String by, Instant at) {
        if (language == null || preferences == null || by == null || at == null) {
            throw new IllegalArgumentException("Preferences need a language, who recorded them and when.");
        }
        preferToBeCalled(preferredName, pronouns);
        this.preferredLanguage = language.tag();
        this.preferences = preferences;
        this.preferencesChangedBy = by;
        this.preferencesChangedAt = at;
    }

    public Optional<RecordNumber> recordNumber() {
        return Optional.ofNullable(recordNumber);
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Optional<String> portalUsername() {
        return Optional.ofNullable(username);
    }

    public Optional<String> portalAccountId() {
        return Optional.ofNullable(accountId);
    }

    public boolean isPortalAccount(String accountId) {
        return this.accountId != null && this.accountId.equals(accountId);
    }

    public void linkPortalAccount(String accountId, String username) {
        if (accountId == null || accountId.isBlank() || username == null || username.isBlank()) {
            throw new IllegalArgumentException("A portal account needs its id and user name.");
        }
        this.accountId = accountId;
        this.username = username;
    }

    /**
     * The client no longer uses their portal account: the link ends, so that another may be opened
     * for them later. Their plan, team and records stay with them.
     */
    public void unlinkPortalAccount() {
        this.accountId = null;
        this.username = null;
    }

    /** The account's user name as its latest sign-in gave it: it may be renamed in Keycloak. */
    public void portalAccountNamed(String username) {
        if (accountId != null && username != null && !username.isBlank()) {
            this.username = username;
        }
    }

    /** The name and pronouns the client goes by; blank means none said. */
    public void preferToBeCalled(String preferredName, String pronouns) {
        // Both are checked before either is kept, so that a refusal changes nothing.
        String name = PlainText.optionalLine(preferredName, RuleWords.say("field.preferredName"), PersonName.MAX_LENGTH);
        String said = PlainText.optionalLine(pronouns, RuleWords.say("field.pronouns"), PRONOUNS_LENGTH);
        this.preferredName = name;
        this.pronouns = said;
    }
}
