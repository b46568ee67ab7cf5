package care.alliance.goal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where goals are kept. */
public interface Goals {

    Optional<Goal> find(long goalId);

    /** The client's goals, oldest first, with their revisions and answers. */
    List<Goal> ofClient(long clientId);

    /** The goals of these clients that wait for someone's agreement, with their answers. */
    List<Goal> awaitingAgreement(Collection<Long> clientIds);

    void add(Goal goal);

    /** The goal, to change it: whoever else is changing it finishes first. */
    Optional<Goal> findForChange(long goalId);

    /** Writes pending changes now, so a concurrent change shows up as a conflict here. */
    void flush();
}
