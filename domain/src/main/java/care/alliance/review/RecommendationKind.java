package care.alliance.review;

/** What a psychiatric recommendation is about. */
public enum RecommendationKind {
    /** Start, stop, or change the dose of a medication. */
    MEDICATION_CHANGE,
    /** A change to the treatment that is not a medication, such as the kind or frequency of therapy. */
    TREATMENT_CHANGE,
    /** A referral to another service, such as specialty psychiatry or a substance use programme. */
    REFERRAL,
    OTHER;

    public boolean isMedication() {
        return this == MEDICATION_CHANGE;
    }
}
