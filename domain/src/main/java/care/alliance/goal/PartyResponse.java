package care.alliance.goal;

import jakarta.persistence.Column;
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

/** One party's answer to one revision of a goal, with who gave it, when, and their comment. */
@Entity
@Table(name = "goal_response")
public class PartyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    private Goal goal;

    @Column(name = "revision_number", nullable = false)
    private int revisionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "party", nullable = false, length = 30)
    private Party party;

    @Column(name = "respondent", nullable = false, length = 100)
    private String respondent;

    @Enumerated(EnumType.STRING)
    @Column(name = "response", nullable = false, length = 20)
    private Response response;

    @Column(name = "comment", length = 1000)
    private String comment;

    @Column(name = "responded_at", nullable = false)
    private Instant respondedAt;

    protected PartyResponse() {
    }

    PartyResponse(Goal goal, int revisionNumber, Party party, String respondent, Response response, String comment,
            Instant at) {
        this.goal = goal;
        this.revisionNumber = revisionNumber;
        this.party = party;
        this.respondent = respondent;
        this.response = response;
        this.comment = comment;
        this.respondedAt = at;
    }

    public int revisionNumber() {
        return revisionNumber;
    }

    public Party party() {
        return party;
    }

    public String respondent() {
        return respondent;
    }

    public Response response() {
        return response;
    }

    public String comment() {
        return comment;
    }

    public Instant respondedAt() {
        return respondedAt;
    }
}
