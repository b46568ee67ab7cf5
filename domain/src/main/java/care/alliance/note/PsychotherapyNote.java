package care.alliance.note;

import care.alliance.rules.RuleWords;
import care.alliance.person.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A therapist's own notes on their sessions with a client: kept apart from the team's notes, in a
 * table of their own, and read by their author alone — not by the rest of the team, not by the
 * client, not by clinic IT.
 */
@Entity
@Table(name = "psychotherapy_note")
public class PsychotherapyNote {

    public static final int BODY_LENGTH = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    /** The author's user name when they wrote it, for display. */
    @Column(name = "author", nullable = false, length = 100)
    private String author;

    /** Who wrote it: the author's stable Keycloak id, which authorship is decided by. */
    @Column(name = "author_account_id", length = 36)
    private String authorAccountId;

    @Column(name = "body", nullable = false, length = BODY_LENGTH)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected PsychotherapyNote() {
    }

    public PsychotherapyNote(long clientId, String authorAccountId, String author, String body, Instant at) {
        if (authorAccountId == null || author == null || at == null) {
            throw new IllegalArgumentException("A psychotherapy note needs its author and a time.");
        }
        this.clientId = clientId;
        this.authorAccountId = authorAccountId;
        this.author = author;
        this.body = PlainText.required(body, RuleWords.say("field.note"), BODY_LENGTH);
        this.writtenAt = at;
    }

    public boolean isWrittenBy(String accountId) {
        return authorAccountId != null && authorAccountId.equals(accountId);
    }

    public String authorAccountId() {
        return authorAccountId;
    }

    public Long id() {
        return id;
    }

    public long clientId() {
        return clientId;
    }

    public String author() {
        return author;
    }

    public String body() {
        return body;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
