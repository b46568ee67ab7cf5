package care.alliance.audit;

/** Whether the policy let an access through. */
public enum Outcome {
    ALLOWED,
    REFUSED
}
