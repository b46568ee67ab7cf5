package care.alliance.progress;

import java.util.List;

/** Where progress check-ins are kept. */
public interface ProgressCheckIns {

    /** The client's check-ins on all their goals, oldest first. */
    List<ProgressCheckIn> ofClient(long clientId);

    void add(ProgressCheckIn checkIn);

    void flush();
}
