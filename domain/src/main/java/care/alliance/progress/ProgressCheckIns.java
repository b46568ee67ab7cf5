package care.alliance.progress;

import java.util.List;

/** Where progress check-ins are kept. */
public interface ProgressCheckIns {

    /** The client's check-ins on all their goals, oldest first. */
    List<ProgressCheckIn> ofClient(long clientId);

    /** The check-ins on one goal, oldest first. */
    List<ProgressCheckIn> ofGoal(long goalId);

    void add(ProgressCheckIn checkIn);

    void flush();
}
