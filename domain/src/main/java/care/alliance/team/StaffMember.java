package care.alliance.team;

import care.alliance.person.PersonName;
import care.alliance.person.PlainText;
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

/** A clinician of the clinic, signing in with the Keycloak account of the same user name. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    public static final int CREDENTIALS_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "username", nullable = false, unique = true, length = 100)
    private String username;

    @Embedded
    private PersonName name;

    @Enumerated(EnumType.STRING)
    @Column(name = "discipline", nullable = false, length = 30)
    private Discipline discipline;

    @Column(name = "credentials", length = CREDENTIALS_LENGTH)
    private String credentials;

    protected StaffMember() {
    }

    public StaffMember(String username, PersonName name, Discipline discipline, String credentials) {
        if (username == null || username.isBlank() || name == null || discipline == null) {
            throw new IllegalArgumentException("A staff member needs a user name, a name and a discipline.");
        }
        this.username = username.strip();
        this.name = name;
        this.discipline = discipline;
        this.credentials = PlainText.optionalLine(credentials, RuleWords.say("field.credentials"), CREDENTIALS_LENGTH);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
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
