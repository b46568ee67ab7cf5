package care.alliance.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where the clients' measures, their safety flags and their schedules are kept. */
public interface Measures {

    void add(MeasureResult result);

    /** The client's results, oldest first. */
    List<MeasureResult> ofClient(long clientId);

    /**
     * The client's results completed on or after {@code since}, and each questionnaire's first and
     * latest result, oldest first, with how many results of each and how many safety flags.
     */
    RecentResults recentOfClient(long clientId, LocalDate since);

    /** The client's safety flags still open or raised since then, newest first. */
    List<SafetyFlag> recentFlagsOf(long clientId, Instant since);

    /** The schedules the team set for the client, one per questionnaire at most. */
    List<MeasureSchedule> schedulesOf(long clientId);

    /** The client's most recent score on the questionnaire, by the day it was filled in. */
    Optional<MeasureResult> latestOf(long clientId, Instrument instrument);

    void add(SafetyFlag flag);

    /** The client's safety flags, newest first. */
    List<SafetyFlag> flagsOf(long clientId);

    Optional<SafetyFlag> findFlag(long flagId);

    /** The flags not yet closed of any of these clients, oldest first. */
    List<SafetyFlag> openFlagsOf(List<Long> clientIds);

    /** How many flags are open in the whole clinic, for its monitoring: a number, nobody's flag. */
    long openFlagCount();

    Optional<MeasureSchedule> scheduleOf(long clientId, Instrument instrument);

    void add(MeasureSchedule schedule);

    void flush();
}
