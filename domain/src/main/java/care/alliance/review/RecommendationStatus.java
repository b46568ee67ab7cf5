package care.alliance.review;

/**
 * Where a recommendation stands: open until primary care answers it, then accepted as written,
 * adapted (saying what was changed), or declined (saying why). An answer is final.
 */
public enum RecommendationStatus {
    OPEN, ACCEPTED, ADAPTED, DECLINED;

    /** Whether this is an answer, as opposed to still waiting for one. */
    public boolean isAnswer() {
        return this != OPEN;
    }

    /** Whether the answer must say something: what was adapted, or why it was declined. */
    public boolean needsWords() {
        return this == ADAPTED || this == DECLINED;
    }
}
