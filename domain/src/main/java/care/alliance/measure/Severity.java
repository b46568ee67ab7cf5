package care.alliance.measure;

/** How severe the symptoms a total score shows are, in the instrument's own bands. */
public enum Severity {
    MINIMAL, MILD, MODERATE, MODERATELY_SEVERE, SEVERE
}
