package care.alliance.relationship;

import care.alliance.rules.RuleWords;
import care.alliance.rules.InvalidInput;
import care.alliance.person.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * The client's brief look back at a session: whether it worked on what matters to them, whether
 * the way of working makes sense, and whether they felt heard — each from 1 to 5 — with anything
 * else they want the team to know. Only the client fills one in, and it is never changed after.
 */
@Entity
@Table(name = "alliance_check_in")
public class AllianceCheckIn {

    public static final int COMMENT_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "goals_score", nullable = false)
    private int goalsScore;

    @Column(name = "tasks_score", nullable = false)
    private int tasksScore;

    @Column(name = "bond_score", nullable = false)
    private int bondScore;

    @Column(name = "comment", length = COMMENT_LENGTH)
    private String comment;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected AllianceCheckIn() {
    }

    public AllianceCheckIn(long clientId, AllianceScores scores, String comment, String submittedBy, Instant at) {
        if (scores == null) {
            throw new InvalidInput(RuleWords.say("alliance.answerAll"));
        }
        if (submittedBy == null || at == null) {
            throw new IllegalArgumentException("A check-in needs who sent it and when.");
        }
        this.clientId = clientId;
        this.goalsScore = scores.goals().value();
        this.tasksScore = scores.tasks().value();
        this.bondScore = scores.bond().value();
        this.comment = PlainText.optional(comment, RuleWords.say("field.allianceComment"), COMMENT_LENGTH);
        this.submittedBy = submittedBy;
        this.submittedAt = at;
    }

    public AllianceScores scores() {
        return AllianceScores.of(goalsScore, tasksScore, bondScore);
    }

    public AllianceScore score(AllianceDimension dimension) {
        return scores().of(dimension);
    }

    public Long id() {
        return id;
    }

    public long clientId() {
        return clientId;
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
