package care.alliance.note;

import care.alliance.goal.Party;
import care.alliance.person.PlainText;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A note on a client's plan or on one of its goals, written by someone of the team for the team,
 * or for the team and the client. Team notes never reach the portal; client-visible ones do.
 */
@Entity
@Table(name = "team_note")
public class TeamNote {

    public static final int BODY_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "goal_id")
    private Long goalId;

    @Column(name = "author", nullable = false, length = 100)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_party", nullable = false, length = 30)
    private Party authorParty;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 20)
    private Visibility visibility;

    @Column(name = "body", nullable = false, length = BODY_LENGTH)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected TeamNote() {
    }

    public TeamNote(long clientId, Long goalId, String author, Party authorParty, Visibility visibility, String body,
            Instant at) {
        if (author == null || authorParty == null || at == null) {
            throw new IllegalArgumentException("A note needs its author, their party and a time.");
        }
        if (authorParty == Party.CLIENT && visibility != Visibility.CLIENT_VISIBLE) {
            throw new InvalidInput(RuleWords.say("note.clientNotesAreVisible"), "visibility");
        }
        if (visibility == null) {
            throw new InvalidInput(RuleWords.say("note.visibilityRequired"), "visibility");
        }
        this.clientId = clientId;
        this.goalId = goalId;
        this.author = author;
        this.authorParty = authorParty;
        this.visibility = visibility;
        this.body = PlainText.required(body, RuleWords.say("field.note"), BODY_LENGTH);
        this.writtenAt = at;
    }

    public boolean isVisibleToClient() {
        return visibility == Visibility.CLIENT_VISIBLE;
    }

    public Long id() {
        return id;
    }

    public long clientId() {
        return clientId;
    }

    public Long goalId() {
        return goalId;
    }

    public String author() {
        return author;
    }

    public Party authorParty() {
        return authorParty;
    }

    public Visibility visibility() {
        return visibility;
    }

    public String body() {
        return body;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
