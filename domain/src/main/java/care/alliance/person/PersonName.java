package care.alliance.person;

import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import care.alliance.rules.Wording;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A person's given and family name: both required, trimmed, of a sensible length, each one line of plain text. */
@Embeddable
public class PersonName {

    public static final int MAX_LENGTH = 100;

    @Column(name = "given_name", nullable = false, length = MAX_LENGTH)
    private String given;

    @Column(name = "family_name", nullable = false, length = MAX_LENGTH)
    private String family;

    protected PersonName() {
    }

    public PersonName(String given, String family) {
        this.given = required(given, RuleWords.say("name.given"));
        this.family = required(family, RuleWords.say("name.family"));
    }

    private static String required(String part, Wording field) {
        if (part == null || part.isBlank()) {
            throw new InvalidInput(RuleWords.say("name.required", field));
        }
        // As in PlainText: characters before trimming, which would drop some control codes unseen.
        if (!PlainText.isText(part)) {
            throw new InvalidInput(RuleWords.say("name.notText", field));
        }
        String trimmed = part.strip();
        if (!PlainText.isOneLine(trimmed)) {
            throw new InvalidInput(RuleWords.say("name.oneLine", field));
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidInput(RuleWords.say("name.tooLong", field, MAX_LENGTH));
        }
        if (PlainText.hasMarkup(trimmed)) {
            throw new InvalidInput(RuleWords.say("name.markup", field));
        }
        return trimmed;
    }

    public String given() {
        return given;
    }

    public String family() {
        return family;
    }

    public String fullName() {
        return given + " " + family;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonName name
                && given.equals(name.given)
                && family.equals(name.family);
    }

    @Override
    public int hashCode() {
        return Objects.hash(given, family);
    }

    @Override
    public String toString() {
        return fullName();
    }
}
