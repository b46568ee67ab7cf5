package care.alliance.emergency;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where emergency accesses are kept. */
public interface EmergencyAccesses {

    void add(EmergencyAccess access);

    /** The clinician's access to the client's plan that is open at the instant, the latest if several; one query. */
    Optional<EmergencyAccess> openFor(String accountId, long clientId, Instant at);

    /** The accesses to the client's plan opened since the instant, the newest first. */
    List<EmergencyAccess> ofClientSince(long clientId, Instant since);

    void flush();
}
