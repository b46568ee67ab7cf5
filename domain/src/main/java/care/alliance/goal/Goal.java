package care.alliance.goal;

import care.alliance.person.PlainText;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import care.alliance.consent.SensitiveLabel;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A goal of a client's care plan, set with the client rather than for them.
 *
 * <p>Someone proposes it in the client's own words; the client and each discipline that owns it
 * then agree, ask for a change (saying what) or decline (saying why). The goal is agreed only when
 * all of them have agreed to its current revision. Changing a goal writes a new revision, with its
 * author, time and reason, and asks everyone again; an agreed goal that is changed is revised until
 * they have. An agreed goal can be paused and resumed, and ends achieved or discontinued. Every
 * revision and every answer is kept.
 *
 * <p>Medication goals are proposed and changed only by prescribers (psychiatry, primary care).
 * Whoever proposes or revises a goal agrees to that revision for their own party. The clinical
 * framing is the team's: the client never reads it, so what the client proposes or changes leaves
 * it as the team wrote it.
 */
@Entity
@Table(name = "goal")
public class Goal {

    public static final int REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private GoalStatus status;

    // A set, kept in order: read with the owners and labels in one statement, whose rows repeat each
    // revision, a list would hold it once for every row.
    @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private Set<GoalRevision> revisions = new LinkedHashSet<>();

    @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("respondedAt, id")
    private List<PartyResponse> responses = new ArrayList<>();

    @Column(name = "last_changed_by", nullable = false, length = 100)
    private String lastChangedBy;

    @Column(name = "last_changed_at", nullable = false)
    private Instant lastChangedAt;

    /** Every change counts here, so that each one, even an added answer, gives the goal a new version. */
    @Column(name = "change_count", nullable = false)
    private int changeCount;

    @Column(name = "status_reason", length = REASON_LENGTH)
    private String statusReason;

    /** The sensitive parts the goal touches; who of the team sees it then is the client's consent to decide. */
    @ElementCollection
    @CollectionTable(name = "goal_label", joinColumns = @JoinColumn(name = "goal_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "label", nullable = false, length = 40)
    private Set<SensitiveLabel> labels = new HashSet<>();

    protected Goal() {
    }

    private Goal(long clientId) {
        this.clientId = clientId;
        this.status = GoalStatus.PROPOSED;
    }

    /** A new goal for the client, proposed by the author on behalf of their party. */
    public static Goal propose(long clientId, GoalContent content, String author, Party authorParty, Instant at) {
        requireMayWrite(content, authorParty);
        Goal goal = new Goal(clientId);
        goal.addRevision(authorParty == Party.CLIENT ? content.asClientReadsIt() : content, author, authorParty, at, null);
        return goal;
    }

    /** The party's answer to the current revision; the goal is agreed once every party has agreed. */
    public void respond(Party party, String respondent, Response response, String comment, Instant at) {
        if (!status.awaitsAgreement()) {
            throw new ChangeRefused(RuleWords.say("goal.notAwaitingAnswers", status.term()));
        }
        if (!currentContent().partiesToAgree().contains(party)) {
            throw new ChangeRefused(RuleWords.say("goal.notAParty"));
        }
        if (response == null) {
            throw new InvalidInput(RuleWords.say("goal.responseRequired"));
        }
        String said = switch (response) {
            case AGREE -> PlainText.optional(comment, RuleWords.say("field.comment"), REASON_LENGTH);
            case ASK_FOR_CHANGE -> PlainText.required(comment, RuleWords.say("field.changeWanted"), REASON_LENGTH);
            case DECLINE -> PlainText.required(comment, RuleWords.say("field.declineReason"), REASON_LENGTH);
        };
        responses.add(new PartyResponse(this, currentRevision().number(), party, respondent, response, said, at));
        changed(respondent, at);
        if (consensus().isReached()) {
            status = GoalStatus.AGREED;
        }
    }

    /**
     * Changes what the goal says. The new revision needs everyone's agreement again: an agreed or
     * paused goal becomes revised, a proposed one stays proposed.
     */
    public void revise(GoalContent content, String author, Party authorParty, String reason, Instant at) {
        if (status.isClosed()) {
            throw new ChangeRefused(RuleWords.say("goal.closed", status.term()));
        }
        requireMayWrite(currentContent(), authorParty);
        if (authorParty == Party.CLIENT) {
            content = content.withFramingOf(currentContent());
        }
        requireMayWrite(content, authorParty);
        String why = PlainText.required(reason, RuleWords.say("field.changeReason"), REASON_LENGTH);
        if (content.equals(currentContent())) {
            throw new ChangeRefused(RuleWords.say("goal.unchanged"));
        }
        if (status != GoalStatus.PROPOSED) {
            status = GoalStatus.REVISED;
        }
        addRevision(content, author, authorParty, at, why);
    }

    public void markAchieved(String by, Instant at) {
        requireStatus(GoalStatus.AGREED, "goal.onlyAgreedIsAchieved");
        status = GoalStatus.ACHIEVED;
        statusReason = null;
        changed(by, at);
    }

    public void pause(String by, String reason, Instant at) {
        requireStatus(GoalStatus.AGREED, "goal.onlyAgreedIsPaused");
        statusReason = PlainText.required(reason, RuleWords.say("field.pauseReason"), REASON_LENGTH);
        status = GoalStatus.PAUSED;
        changed(by, at);
    }

    public void resume(String by, Instant at) {
        requireStatus(GoalStatus.PAUSED, "goal.onlyPausedIsResumed");
        status = GoalStatus.AGREED;
        statusReason = null;
        changed(by, at);
    }

    public void discontinue(String by, String reason, Instant at) {
        if (status.isClosed()) {
            throw new ChangeRefused(RuleWords.say("goal.alreadyClosed", status.term()));
        }
        statusReason = PlainText.required(reason, RuleWords.say("field.discontinueReason"), REASON_LENGTH);
        status = GoalStatus.DISCONTINUED;
        changed(by, at);
    }

    /**
     * Labels the goal as touching these sensitive parts, or none. Labelling is not a revision: it
     * changes who may see the goal, not what it says, so it asks nobody to agree again; it is
     * possible in every state, as a closed goal's words stay sensitive.
     */
    public void label(Set<SensitiveLabel> newLabels, String by, Instant at) {
        if (newLabels == null || newLabels.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInput(RuleWords.say("goal.labelsRequired"));
        }
        if (labels().equals(newLabels.isEmpty() ? EnumSet.noneOf(SensitiveLabel.class) : EnumSet.copyOf(newLabels))) {
            throw new ChangeRefused(RuleWords.say("goal.labelsUnchanged"));
        }
        labels.clear();
        labels.addAll(newLabels);
        changed(by, at);
    }

    /** The goal's sensitive labels; none for most goals. */
    public Set<SensitiveLabel> labels() {
        return labels.isEmpty() ? EnumSet.noneOf(SensitiveLabel.class) : EnumSet.copyOf(labels);
    }

    public Consensus consensus() {
        return new Consensus(currentContent().partiesToAgree(), currentRevision().number(), responses);
    }

    /** What changed between two revisions of this goal, field by field. */
    public List<GoalContent.Change> compare(int earlier, int later) {
        return revision(later).content().changesSince(revision(earlier).content());
    }

    public GoalRevision revision(int number) {
        return revisions.stream().filter(revision -> revision.number() == number).findFirst()
                .orElseThrow(() -> new ChangeRefused(RuleWords.say("goal.noSuchRevision", number)));
    }

    public GoalRevision currentRevision() {
        return revisions.stream().max(Comparator.comparingInt(GoalRevision::number)).orElseThrow();
    }

    public GoalContent currentContent() {
        return currentRevision().content();
    }

    public boolean isAboutMedication() {
        return currentContent().lifeArea() == LifeArea.MEDICATION;
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

    public GoalStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public List<GoalRevision> revisions() {
        return revisions.stream().sorted(Comparator.comparingInt(GoalRevision::number)).toList();
    }

    public List<PartyResponse> responses() {
        return List.copyOf(responses);
    }

    public String lastChangedBy() {
        return lastChangedBy;
    }

    public Instant lastChangedAt() {
        return lastChangedAt;
    }

    private void addRevision(GoalContent content, String author, Party authorParty, Instant at, String reason) {
        GoalRevision revision = new GoalRevision(this, revisions.size() + 1, content, author, authorParty, at, reason);
        revisions.add(revision);
        changed(author, at);
        if (content.partiesToAgree().contains(authorParty)) {
            responses.add(new PartyResponse(this, revision.number(), authorParty, author, Response.AGREE, null, at));
        }
        if (consensus().isReached()) {
            status = GoalStatus.AGREED;
        }
    }

    private void changed(String by, Instant at) {
        changeCount++;
        lastChangedBy = by;
        lastChangedAt = at;
    }

    private void requireStatus(GoalStatus required, String refusal) {
        if (status != required) {
            throw new ChangeRefused(RuleWords.say(refusal, status.term()));
        }
    }

    private static void requireMayWrite(GoalContent content, Party author) {
        if (content.lifeArea() == LifeArea.MEDICATION && !author.prescribes()) {
            throw new ChangeRefused(RuleWords.say("goal.medicationByPrescribers"));
        }
    }
}
