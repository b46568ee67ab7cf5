package care.alliance.measure;

/**
 * The column a registry review orders its clients by, after the open safety flags, which always
 * come first. Each column has the direction a review reads it in: the most pressing first.
 */
public enum RegistrySort {
    /** Family name, then given name, A to Z. */
    NAME,
    /** Not improving first, remission last. */
    STATUS,
    /** The highest latest PHQ-9 first. */
    PHQ_9,
    /** The highest latest GAD-7 first. */
    GAD_7,
    /** The longest in care first. */
    WEEKS_IN_CARE,
    /** The longest overdue first. */
    DUE
}
