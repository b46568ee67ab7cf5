package care.alliance.goal;

import care.alliance.team.Discipline;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** One version of a goal's content, kept for good: who wrote it, when, and why it changed. */
@Entity
@Table(name = "goal_revision")
public class GoalRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    private Goal goal;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "client_words", nullable = false, length = GoalContent.CLIENT_WORDS_LENGTH)
    private String clientWords;

    @Column(name = "clinical_framing", length = GoalContent.FRAMING_LENGTH)
    private String clinicalFraming;

    @Enumerated(EnumType.STRING)
    @Column(name = "life_area", nullable = false, length = 30)
    private LifeArea lifeArea;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "goal_revision_owner", joinColumns = @JoinColumn(name = "goal_revision_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "discipline", nullable = false, length = 30)
    private Set<Discipline> owners = new HashSet<>();

    @Embedded
    private Target target;

    @Column(name = "author", nullable = false, length = 100)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_party", nullable = false, length = 30)
    private Party authorParty;

    @Column(name = "authored_at", nullable = false)
    private Instant authoredAt;

    @Column(name = "reason", length = 1000)
    private String reason;

    protected GoalRevision() {
    }

    GoalRevision(Goal goal, int number, GoalContent content, String author, Party authorParty, Instant at, String reason) {
        this.goal = goal;
        this.number = number;
        this.clientWords = content.clientWords();
        this.clinicalFraming = content.clinicalFraming();
        this.lifeArea = content.lifeArea();
        this.owners = EnumSet.copyOf(content.owners());
        this.target = content.target();
        this.author = author;
        this.authorParty = authorParty;
        this.authoredAt = at;
        this.reason = reason;
    }

    public int number() {
        return number;
    }

    public GoalContent content() {
        return new GoalContent(clientWords, clinicalFraming, lifeArea, owners, target);
    }

    public String author() {
        return author;
    }

    public Party authorParty() {
        return authorParty;
    }

    public Instant authoredAt() {
        return authoredAt;
    }

    /** Why this revision was made; the first one has none. */
    public String reason() {
        return reason;
    }
}
