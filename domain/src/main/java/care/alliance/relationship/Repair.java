package care.alliance.relationship;

import care.alliance.rules.RuleWords;
import care.alliance.goal.Party;
import care.alliance.person.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** How a rupture was repaired: what had happened, how it was talked through with the client, and where it led. */
@Embeddable
public class Repair {

    public static final int TEXT_LENGTH = 2000;

    @Column(name = "repair_what_happened", length = TEXT_LENGTH)
    private String whatHappened;

    @Column(name = "repair_how_addressed", length = TEXT_LENGTH)
    private String howAddressed;

    @Column(name = "repair_outcome", length = TEXT_LENGTH)
    private String outcome;

    @Column(name = "repaired_by", length = 100)
    private String repairedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "repaired_by_party", length = 30)
    private Party repairedByParty;

    @Column(name = "repaired_at")
    private Instant repairedAt;

    protected Repair() {
    }

    public Repair(String whatHappened, String howAddressed, String outcome, String by, Party byParty, Instant at) {
        if (by == null || byParty == null || at == null) {
            throw new IllegalArgumentException("A repair needs who logged it, their party and a time.");
        }
        this.whatHappened = PlainText.required(whatHappened, RuleWords.say("field.whatHappened"), TEXT_LENGTH);
        this.howAddressed = PlainText.required(howAddressed, RuleWords.say("field.howAddressed"), TEXT_LENGTH);
        this.outcome = PlainText.required(outcome, RuleWords.say("field.outcome"), TEXT_LENGTH);
        this.repairedBy = by;
        this.repairedByParty = byParty;
        this.repairedAt = at;
    }

    public String whatHappened() {
        return whatHappened;
    }

    public String howAddressed() {
        return howAddressed;
    }

    public String outcome() {
        return outcome;
    }

    public String repairedBy() {
        return repairedBy;
    }

    public Party repairedByParty() {
        return repairedByParty;
    }

    public Instant repairedAt() {
        return repairedAt;
    }
}
