package care.alliance.testing;

import care.alliance.access.Caller;
import care.alliance.access.SignedInCaller;

/** The signed-in caller for a test: always the same person with the same roles. */
public class FixedCaller extends SignedInCaller {

    private final Caller caller;

    public FixedCaller(Caller caller) {
        this.caller = caller;
    }

    @Override
    public Caller current() {
        return caller;
    }
}
