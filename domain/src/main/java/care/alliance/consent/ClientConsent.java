package care.alliance.consent;

import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import care.alliance.team.Discipline;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A client's consent: for each sensitive label, which disciplines of their team may see the parts
 * of the plan that carry it.
 *
 * <p>The client decides, label by label; a decision changes only the disciplines whose standing
 * it changes, and each change is kept with its date and who recorded it, so the history shows
 * what the client allowed and withdrew, and when. Where the client has not decided, the clinic's
 * {@link ConsentDefaults} apply. A part carrying several labels is seen only by a discipline
 * allowed every one of them.
 */
@Entity
@Table(name = "client_consent")
public class ClientConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false, unique = true)
    private long clientId;

    /** Every decision counts here, so that each one gives the consent a new version. */
    @Column(name = "decision_count", nullable = false)
    private int decisionCount;

    @OneToMany(mappedBy = "consent", cascade = CascadeType.ALL)
    @OrderBy("decidedAt, id")
    private List<ConsentDecision> decisions = new ArrayList<>();

    protected ClientConsent() {
    }

    private ClientConsent(long clientId) {
        this.clientId = clientId;
    }

    /** A client who has not decided anything yet: the clinic's defaults apply to everything. */
    public static ClientConsent undecided(long clientId) {
        return new ClientConsent(clientId);
    }

    /**
     * The client's decision on a label: exactly these disciplines may see it from now on. Only the
     * disciplines whose standing changes get a decision in the history; a decision that changes
     * nothing is refused, so that the history holds only what the client changed.
     */
    public List<ConsentDecision> decide(SensitiveLabel label, Set<Discipline> maySee, String decidedBy, Instant at,
            ConsentDefaults defaults) {
        return decideAll(Map.of(label, maySee), decidedBy, at, defaults);
    }

    /** Several labels decided at once, as the client saves the whole page. */
    public List<ConsentDecision> decideAll(Map<SensitiveLabel, Set<Discipline>> maySee, String decidedBy, Instant at,
            ConsentDefaults defaults) {
        if (maySee.entrySet().stream().anyMatch(decided -> decided.getKey() == null || decided.getValue() == null)) {
            throw new InvalidInput(RuleWords.say("consent.labelAndDisciplinesRequired"));
        }
        String by = Objects.requireNonNull(decidedBy, "who recorded the decision");
        List<ConsentDecision> made = new ArrayList<>();
        for (SensitiveLabel label : SensitiveLabel.values()) {
            Set<Discipline> wanted = maySee.get(label);
            if (wanted == null) {
                continue;
            }
            for (Discipline discipline : Discipline.values()) {
                boolean allowed = wanted.contains(discipline);
                if (allowed != allows(discipline, label, defaults)) {
                    made.add(new ConsentDecision(this, label, discipline, allowed, by, at));
                }
            }
        }
        if (made.isEmpty()) {
            throw new ChangeRefused(RuleWords.say("consent.unchanged"));
        }
        decisions.addAll(made);
        decisionCount++;
        return made;
    }

    /** Whether the discipline may see parts labelled so: the client's latest decision, else the clinic's default. */
    public boolean allows(Discipline discipline, SensitiveLabel label, ConsentDefaults defaults) {
        return latest(discipline, label).map(ConsentDecision::maySee)
                .orElseGet(() -> defaults.allows(discipline, label));
    }

    /** Whether the discipline may see a part carrying all these labels; a part with none is not restricted. */
    public boolean allows(Discipline discipline, Set<SensitiveLabel> labels, ConsentDefaults defaults) {
        return labels.stream().allMatch(label -> allows(discipline, label, defaults));
    }

    public Set<Discipline> disciplinesSeeing(SensitiveLabel label, ConsentDefaults defaults) {
        Set<Discipline> seeing = EnumSet.noneOf(Discipline.class);
        for (Discipline discipline : Discipline.values()) {
            if (allows(discipline, label, defaults)) {
                seeing.add(discipline);
            }
        }
        return seeing;
    }

    /** Whether the client has decided on this label for this discipline, rather than the default applying. */
    public boolean hasDecided(Discipline discipline, SensitiveLabel label) {
        return latest(discipline, label).isPresent();
    }

    private Optional<ConsentDecision> latest(Discipline discipline, SensitiveLabel label) {
        ConsentDecision latest = null;
        for (ConsentDecision decision : decisions) {
            if (decision.discipline() == discipline && decision.label() == label) {
                latest = decision;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Every decision, oldest first. */
    public List<ConsentDecision> history() {
        return List.copyOf(decisions);
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
}
