package care.alliance.access;

/** The policy's answer to one request: allowed, or refused with the reason. */
public record Decision(boolean allowed, String reason) {

    public static Decision allow(String reason) {
        return new Decision(true, reason);
    }

    public static Decision refuse(String reason) {
        return new Decision(false, reason);
    }
}
