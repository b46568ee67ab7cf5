package care.alliance.account;

import java.security.SecureRandom;

/**
 * A one-time password for a new or reset account, shown once to clinic IT, who hands it to the
 * person; the person must replace it at their first sign-in. Made by {@link SecureRandom}, 16
 * characters from an alphabet without look-alikes (no 0/O, 1/l/I), with at least one upper-case
 * letter, lower-case letter and digit, so it meets the realm's password policy.
 */
public final class TemporaryPassword {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String ALL = UPPER + LOWER + DIGITS;
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private TemporaryPassword(String value) {
        this.value = value;
    }

    public static TemporaryPassword generate() {
        char[] password = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            password[i] = ALL.charAt(RANDOM.nextInt(ALL.length()));
        }
        // One of each kind, at places chosen at random as well.
        int upper = RANDOM.nextInt(LENGTH);
        int lower = (upper + 1 + RANDOM.nextInt(LENGTH - 1)) % LENGTH;
        int digit = lower;
        while (digit == lower || digit == upper) {
            digit = RANDOM.nextInt(LENGTH);
        }
        password[upper] = UPPER.charAt(RANDOM.nextInt(UPPER.length()));
        password[lower] = LOWER.charAt(RANDOM.nextInt(LOWER.length()));
        password[digit] = DIGITS.charAt(RANDOM.nextInt(DIGITS.length()));
        return new TemporaryPassword(new String(password));
    }

    /** The password itself, to be shown once and sent to the identity provider; never logged. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "TemporaryPassword[hidden]";
    }
}
