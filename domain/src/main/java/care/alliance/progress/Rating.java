package care.alliance.progress;

import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How far along a goal feels, from 0 (not at all) to 10 (fully there). */
@Embeddable
public class Rating {

    public static final int LOWEST = 0;
    public static final int HIGHEST = 10;

    @Column(name = "rating", nullable = false)
    private int value;

    protected Rating() {
    }

    public Rating(int value) {
        if (value < LOWEST || value > HIGHEST) {
            throw new InvalidInput(RuleWords.say("progress.ratingRange", LOWEST, HIGHEST), "rating");
        }
        this.value = value;
    }

    public int value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rating rating && rating.value == value;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(value);
    }

    @Override
    public String toString() {
        return value + "/" + HIGHEST;
    }
}
