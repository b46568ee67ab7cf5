package care.alliance.team;

import care.alliance.account.EmailAddress;
import care.alliance.account.Username;
import care.alliance.person.PersonName;
import care.alliance.person.PlainText;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A clinician of the clinic, linked to their Keycloak account by its stable id (the token's sub);
 * the account's user name is kept for display and refreshed from each sign-in.
 *
 * <p>Clinic IT takes a staff member on ({@link #takeOn}) with a discipline, which is the realm role
 * their account holds, may change that discipline, and lets them go on a given day: from then on
 * the staff member is kept, with their records, but does no more work in Alliance.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    public static final int CREDENTIALS_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", unique = true, length = 36)
    private String accountId;

    @Column(name = "username", nullable = false, unique = true, length = 100)
    private String username;

    @Embedded
    private PersonName name;

    @Enumerated(EnumType.STRING)
    @Column(name = "discipline", nullable = false, length = 30)
    private Discipline discipline;

    @Column(name = "credentials", length = CREDENTIALS_LENGTH)
    private String credentials;

    @Column(name = "email", length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "let_go_on")
    private LocalDate letGoOn;

    protected StaffMember() {
    }

    public StaffMember(String accountId, String username, PersonName name, Discipline discipline, String credentials) {
        if (accountId == null || accountId.isBlank() || username == null || username.isBlank() || name == null
                || discipline == null) {
            throw new IllegalArgumentException("A staff member needs an account, a user name, a name and a discipline.");
        }
        this.accountId = accountId.strip();
        this.username = username.strip();
        this.name = name;
        this.discipline = discipline;
        this.credentials = PlainText.optionalLine(credentials, RuleWords.say("field.credentials"), CREDENTIALS_LENGTH);
    }

    /** A new staff member, for the Keycloak account Alliance has just opened for them. */
    public static StaffMember takeOn(String accountId, Username username, PersonName name, Discipline discipline,
            String credentials, EmailAddress email) {
        if (discipline == null) {
            throw new InvalidInput(RuleWords.say("staff.disciplineRequired"), "discipline");
        }
        StaffMember staff = new StaffMember(accountId, username.value(), name, discipline, credentials);
        staff.email = email.value();
        return staff;
    }

    /** The discipline they work in from now on; their account's realm role follows it. */
    public void changeDiscipline(Discipline newDiscipline, LocalDate today) {
        refuseIfLetGo(today);
        if (newDiscipline == null) {
            throw new InvalidInput(RuleWords.say("staff.disciplineRequired"), "discipline");
        }
        if (newDiscipline == discipline) {
            throw new InvalidInput(RuleWords.say("staff.sameDiscipline", signature()), "discipline");
        }
        this.discipline = newDiscipline;
    }

    /** They leave the clinic: today is their last working day in Alliance. */
    public void letGo(LocalDate today) {
        refuseIfLetGo(today);
        this.letGoOn = today;
    }

    /** Refused once they have been let go: nothing more is done for their account. */
    public void refuseIfLetGo(LocalDate today) {
        if (isLetGo()) {
            throw new ChangeRefused(RuleWords.say("staff.letGo", signature(), letGoOn.toString()));
        }
    }

    public boolean isLetGo() {
        return letGoOn != null;
    }

    public Optional<LocalDate> letGoOn() {
        return Optional.ofNullable(letGoOn);
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public Optional<String> credentials() {
        return Optional.ofNullable(credentials);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String username() {
        return username;
    }

    /** The stable Keycloak id; absent only for staff recorded before accounts were linked by id. */
    public String accountId() {
        return accountId;
    }

    public boolean hasAccount(String accountId) {
        return this.accountId != null && this.accountId.equals(accountId);
    }

    /** The account's user name as its latest sign-in gave it: it may be renamed in Keycloak. */
    public void accountNamed(String username) {
        if (username != null && !username.isBlank()) {
            this.username = username.strip();
        }
    }

    /** Links a staff member recorded before accounts were linked by id, at their first sign-in since. */
    public void linkAccount(String accountId) {
        if (this.accountId != null) {
            throw new IllegalStateException("This staff member is already linked to an account.");
        }
        this.accountId = accountId;
    }

    public PersonName name() {
        return name;
    }

    public Discipline discipline() {
        return discipline;
    }

    /** The name as the team writes it, with credentials: "Priya Patel, MD". */
    public String signature() {
        return credentials == null ? name.fullName() : name.fullName() + ", " + credentials;
    }
}
