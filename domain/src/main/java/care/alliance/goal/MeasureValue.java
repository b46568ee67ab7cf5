package care.alliance.goal;

import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import care.alliance.rules.Wording;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A number on a goal's measure — the value a target reaches for, the value a check-in measured:
 * nights slept well, drinks a week, kilograms, minutes walked. It has at most two decimals and lies
 * within ±9,999,999,999.99, as the database column keeps it (numeric 12, 2). A number with more
 * decimals is refused rather than rounded, so that 0.001 never turns silently into 0, and a larger
 * one (12345678901, 1E+20, 1E+309) is refused here, in words, before the database fails on it.
 */
public final class MeasureValue {

    /** Decimals kept, as in the column. */
    public static final int DECIMALS = 2;
    /** The largest value, as in the column: ten digits before the point, two after. */
    public static final BigDecimal LARGEST = new BigDecimal("9999999999.99");
    /** The smallest value: measures may fall below zero, such as a change in weight. */
    public static final BigDecimal SMALLEST = LARGEST.negate();

    private MeasureValue() {
    }

    /**
     * The value with two decimals, as the column keeps it, or null when there is none; refused
     * outside the range or when it has more decimals than zeros after the second.
     */
    public static BigDecimal checked(BigDecimal value, Wording field) {
        if (value == null) {
            return null;
        }
        // The range first: comparing is cheap for a number of any size, rescaling is not.
        if (value.compareTo(SMALLEST) < 0 || value.compareTo(LARGEST) > 0) {
            throw new InvalidInput(RuleWords.say("number.outOfRange", field, SMALLEST, LARGEST));
        }
        if (hasMoreDecimals(value)) {
            throw new InvalidInput(RuleWords.say("number.tooManyDecimals", field, DECIMALS));
        }
        // Rescaled here rather than by the database, so that what is kept is what was checked:
        // a zero written 0E-999999999 would not even reach the column.
        return value.setScale(DECIMALS);
    }

    /**
     * Whether a digit other than zero follows the second decimal. Worked out on the digits as
     * given, without rescaling, which for a number such as 1E-999999999 would not end.
     */
    private static boolean hasMoreDecimals(BigDecimal value) {
        int beyond = value.scale() - DECIMALS;
        if (beyond <= 0 || value.signum() == 0) {
            return false;
        }
        // Those last digits must all be zeros, and a number that is not zero has fewer zeros at its
        // end than it has digits.
        return beyond >= value.precision() || value.unscaledValue().mod(BigInteger.TEN.pow(beyond)).signum() != 0;
    }
}
