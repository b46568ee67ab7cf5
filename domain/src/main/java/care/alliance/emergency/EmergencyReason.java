package care.alliance.emergency;

import care.alliance.person.PlainText;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * Why a clinician opens a plan they are not on the team of, in their own words: what the team, the
 * client and the privacy officer read beside the access. Long enough to say something (a word such
 * as "urgent" says nothing about the emergency), short enough to read in a notice; plain text only.
 */
@Embeddable
public class EmergencyReason implements Serializable {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 500;

    @Column(name = "reason", nullable = false, length = MAX_LENGTH)
    private String text;

    protected EmergencyReason() {
    }

    private EmergencyReason(String text) {
        this.text = text;
    }

    /** The reason as written, trimmed; refused when missing, too short, too long, marked up or not text. */
    public static EmergencyReason of(String written) {
        String text = PlainText.required(written, RuleWords.say("field.emergencyReason"), MAX_LENGTH);
        if (text.codePointCount(0, text.length()) < MIN_LENGTH) {
            throw new InvalidInput(RuleWords.say("emergency.reasonTooShort", MIN_LENGTH), "emergencyReason");
        }
        return new EmergencyReason(text);
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmergencyReason reason && Objects.equals(text, reason.text);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
