package care.alliance.task;

/** How often a repeating task is done. */
public enum Frequency {
    DAILY,
    SEVERAL_TIMES_A_WEEK,
    WEEKLY,
    FORTNIGHTLY,
    MONTHLY
}
