package care.alliance.consent;

import care.alliance.team.Discipline;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One decision of the client's: whether a discipline may see a label, from when, recorded by whom. Never changed. */
@Entity
@Table(name = "consent_decision")
public class ConsentDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "consent_id")
    private ClientConsent consent;

    @Enumerated(EnumType.STRING)
    @Column(name = "label", nullable = false, length = 40)
    private SensitiveLabel label;

    @Enumerated(EnumType.STRING)
    @Column(name = "discipline", nullable = false, length = 30)
    private Discipline discipline;

    @Column(name = "may_see", nullable = false)
    private boolean maySee;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ConsentDecision() {
    }

    ConsentDecision(ClientConsent consent, SensitiveLabel label, Discipline discipline, boolean maySee,
            String decidedBy, Instant decidedAt) {
        this.consent = consent;
        this.label = label;
        this.discipline = discipline;
        this.maySee = maySee;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public SensitiveLabel label() {
        return label;
    }

    public Discipline discipline() {
        return discipline;
    }

    public boolean maySee() {
        return maySee;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
