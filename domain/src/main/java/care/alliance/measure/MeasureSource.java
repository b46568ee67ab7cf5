package care.alliance.measure;

/** How a measure reached Alliance: filled in by the client in the portal, or entered by a clinician from paper. */
public enum MeasureSource {
    PORTAL, PAPER
}
