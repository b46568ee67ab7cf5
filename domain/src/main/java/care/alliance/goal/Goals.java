package care.alliance.goal;

import java.util.List;
import java.util.Optional;

/** Where goals are kept. */
public interface Goals {

    Optional<Goal> find(long goalId);

    /** The client's goals, oldest first, with their revisions and answers. */
    List<Goal> ofClient(long clientId);

    void add(Goal goal);

    /** The goal as it is now stored, forgetting any change not yet written. */
    Optional<Goal> reload(long goalId);

    /** Writes pending changes now, so a concurrent change shows up as a conflict here. */
    void flush();
}
