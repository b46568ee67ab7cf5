package care.alliance.measure;

/**
 * The clinic's rule for when a client who has not responded is "not improving": after this many
 * weeks in care (10 unless the clinic says otherwise), the psychiatric consultant and the care
 * manager review the treatment.
 *
 * @param notImprovingAfterWeeks weeks in care without a response after which a client is not improving
 */
public record TreatToTarget(int notImprovingAfterWeeks) {

    public static final TreatToTarget STANDARD = new TreatToTarget(10);

    public TreatToTarget {
        if (notImprovingAfterWeeks < 1 || notImprovingAfterWeeks > 104) {
            throw new IllegalArgumentException("Weeks before \"not improving\" are from 1 to 104, not "
                    + notImprovingAfterWeeks + ".");
        }
    }
}
