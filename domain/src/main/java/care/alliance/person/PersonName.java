package care.alliance.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A person's given and family name, both required, trimmed and of a sensible length. */
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
        this.given = required(given, "given name");
        this.family = required(family, "family name");
    }

    private static String required(String part, String what) {
        if (part == null || part.isBlank()) {
            throw new IllegalArgumentException("A " + what + " is required.");
        }
        String trimmed = part.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "A " + what + " may have at most " + MAX_LENGTH + " characters.");
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
