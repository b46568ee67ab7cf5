package care.alliance.relationship;

import care.alliance.rules.ChangeRefused;
import care.alliance.rules.RuleWords;
import care.alliance.goal.Party;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A strain in the working relationship that a client's check-in suggests. It stays open, on the
 * caseload and on the plan, until the client's therapist or care manager has talked it through
 * with the client and logged the repair.
 */
@Entity
@Table(name = "possible_rupture")
public class PossibleRupture {

    /** The parties who talk a rupture through with the client and log the repair. */
    public static final Set<Party> REPAIRERS = Set.of(Party.PSYCHOTHERAPY, Party.CARE_MANAGEMENT);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "check_in_id")
    private AllianceCheckIn checkIn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rupture_sign", joinColumns = @JoinColumn(name = "rupture_id"))
    private List<RuptureSign> signs = new ArrayList<>();

    @Column(name = "noticed_at", nullable = false)
    private Instant noticedAt;

    @Embedded
    private Repair repair;

    protected PossibleRupture() {
    }

    private PossibleRupture(AllianceCheckIn checkIn, List<RuptureSign> signs) {
        this.clientId = checkIn.clientId();
        this.checkIn = checkIn;
        this.signs.addAll(signs);
        this.noticedAt = checkIn.submittedAt();
    }

    /** The possible rupture the latest check-in shows, read against the earlier ones, if it shows any. */
    public static Optional<PossibleRupture> noticedIn(AllianceCheckIn latest, List<AllianceCheckIn> earlier,
            RuptureWatch watch) {
        List<RuptureSign> signs = watch.signsIn(latest, earlier);
        return signs.isEmpty() ? Optional.empty() : Optional.of(new PossibleRupture(latest, signs));
    }

    /** Logs how the rupture was talked through; done once, by the client's therapist or care manager. */
    public void repair(Repair repair) {
        if (!REPAIRERS.contains(repair.repairedByParty())) {
            throw new ChangeRefused(RuleWords.say("rupture.repairers"));
        }
        if (isRepaired()) {
            throw new ChangeRefused(RuleWords.say("rupture.alreadyRepaired"));
        }
        this.repair = repair;
    }

    public boolean isRepaired() {
        return repair != null && repair.repairedAt() != null;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long clientId() {
        return clientId;
    }

    public AllianceCheckIn checkIn() {
        return checkIn;
    }

    public List<RuptureSign> signs() {
        return List.copyOf(signs);
    }

    public Instant noticedAt() {
        return noticedAt;
    }

    public Optional<Repair> repair() {
        return isRepaired() ? Optional.of(repair) : Optional.empty();
    }
}
