package care.alliance.audit;

import jakarta.enterprise.context.RequestScoped;

/** Where the current request came from, for the audit's "from where"; set by the web layer. */
@RequestScoped
public class RequestOrigin {

    private String address = "internal";

    public String address() {
        return address;
    }

    public void cameFrom(String address) {
        this.address = address;
    }
}
