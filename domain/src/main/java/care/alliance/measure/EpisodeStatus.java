package care.alliance.measure;

/** Where a client's treatment stands on one measure, as collaborative care's treat to target reads it. */
public enum EpisodeStatus {
    /** Early in care, and not yet lower than the baseline. */
    NEW,
    /** Lower than the baseline, not yet by half. */
    IMPROVING,
    /** At least half lower than the baseline. */
    RESPONSE,
    /** Below 5. */
    REMISSION,
    /** No response after the weeks in care the clinic allows (10 unless it says otherwise): time to change the treatment. */
    NOT_IMPROVING
}
