package care.alliance.client;

import care.alliance.rules.RuleWords;
import care.alliance.person.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;

/**
 * "How to work with me": what a client told the team in the first sessions, and may change
 * themselves at any time — the pace, directness and tone they prefer, whether they mostly want
 * advice or mostly to be listened to, what helped or did not help in earlier therapy, the cultural
 * and identity considerations they want the team to hold in mind, and their accessibility needs.
 * Anything may be left unsaid.
 */
@Embeddable
public class WorkingPreferences {

    public static final int TEXT_LENGTH = 1000;

    /** How fast the client likes sessions to move. */
    public enum Pace {
        UNHURRIED,
        STEADY,
        BRISK
    }

    /** How plainly the client wants hard things said. */
    public enum Directness {
        GENTLE,
        BALANCED,
        DIRECT
    }

    /** How the client likes to be spoken to. */
    public enum Formality {
        RELAXED,
        FORMAL
    }

    /** What the client mostly wants from a conversation. */
    public enum Support {
        MOSTLY_ADVICE,
        BOTH,
        MOSTLY_LISTENING
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "pace", length = 20)
    private Pace pace;

    @Enumerated(EnumType.STRING)
    @Column(name = "directness", length = 20)
    private Directness directness;

    @Enumerated(EnumType.STRING)
    @Column(name = "formality", length = 20)
    private Formality formality;

    @Enumerated(EnumType.STRING)
    @Column(name = "support", length = 20)
    private Support support;

    @Column(name = "helped_before", length = TEXT_LENGTH)
    private String helpedBefore;

    @Column(name = "did_not_help", length = TEXT_LENGTH)
    private String didNotHelp;

    @Column(name = "culture_and_identity", length = TEXT_LENGTH)
    private String cultureAndIdentity;

    @Column(name = "accessibility_needs", length = TEXT_LENGTH)
    private String accessibilityNeeds;

    protected WorkingPreferences() {
    }

    public WorkingPreferences(Pace pace, Directness directness, Formality formality, Support support,
            String helpedBefore, String didNotHelp, String cultureAndIdentity, String accessibilityNeeds) {
        this.pace = pace;
        this.directness = directness;
        this.formality = formality;
        this.support = support;
        this.helpedBefore = PlainText.optional(helpedBefore, RuleWords.say("field.helpedBefore"), TEXT_LENGTH);
        this.didNotHelp = PlainText.optional(didNotHelp, RuleWords.say("field.didNotHelp"), TEXT_LENGTH);
        this.cultureAndIdentity = PlainText.optional(cultureAndIdentity, RuleWords.say("field.cultureAndIdentity"), TEXT_LENGTH);
        this.accessibilityNeeds = PlainText.optional(accessibilityNeeds, RuleWords.say("field.accessibilityNeeds"), TEXT_LENGTH);
    }

    /** Nothing said yet. */
    public static WorkingPreferences unsaid() {
        return new WorkingPreferences();
    }

    public boolean isUnsaid() {
        return pace == null && directness == null && formality == null && support == null && helpedBefore == null
                && didNotHelp == null && cultureAndIdentity == null && accessibilityNeeds == null;
    }

    public Optional<Pace> pace() {
        return Optional.ofNullable(pace);
    }

    public Optional<Directness> directness() {
        return Optional.ofNullable(directness);
    }

    public Optional<Formality> formality() {
        return Optional.ofNullable(formality);
    }

    public Optional<Support> support() {
        return Optional.ofNullable(support);
    }

    public Optional<String> helpedBefore() {
        return Optional.ofNullable(helpedBefore);
    }

    public Optional<String> didNotHelp() {
        return Optional.ofNullable(didNotHelp);
    }

    public Optional<String> cultureAndIdentity() {
        return Optional.ofNullable(cultureAndIdentity);
    }

    public Optional<String> accessibilityNeeds() {
        return Optional.ofNullable(accessibilityNeeds);
    }
}
