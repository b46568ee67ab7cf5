package care.alliance.measure;

/**
 * The last question of both forms: how difficult the problems made it to work, take care of things
 * at home or get along with other people. Recorded, not scored.
 */
public enum Difficulty {
    NOT_DIFFICULT_AT_ALL("Not difficult at all"),
    SOMEWHAT_DIFFICULT("Somewhat difficult"),
    VERY_DIFFICULT("Very difficult"),
    EXTREMELY_DIFFICULT("Extremely difficult");

    private final String officialWording;

    Difficulty(String officialWording) {
        this.officialWording = officialWording;
    }

    /** The answer as the official English form prints it. */
    public String officialWording() {
        return officialWording;
    }
}
