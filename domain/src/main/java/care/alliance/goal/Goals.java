package care.alliance.goal;

import care.alliance.consent.SensitiveLabel;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where goals are kept. */
public interface Goals {

    Optional<Goal> find(long goalId);

    /** The client's goals, oldest first, with their revisions and answers. */
    List<Goal> ofClient(long clientId);

    /**
     * The client's current goals (proposed, agreed, revised or paused), oldest first, with their
     * revisions and answers, and how many of the client's goals are closed: the care plan shows
     * what is current and folds what is done.
     */
    CurrentGoals currentOfClient(long clientId);

    /** The client's achieved and discontinued goals, the most recently closed first, with their revisions and answers. */
    List<Goal> closedOfClient(long clientId);

    /** The sensitive labels of those of the client's goals that carry any, by goal. */
    Map<Long, Set<SensitiveLabel>> labelsOfClient(long clientId);

    /** The goals of these clients that wait for someone's agreement, with their answers. */
    List<Goal> awaitingAgreement(Collection<Long> clientIds);

    void add(Goal goal);

    /** The goal, to change it: whoever else is changing it finishes first. */
    Optional<Goal> findForChange(long goalId);

    /** Writes pending changes now, so a concurrent change shows up as a conflict here. */
    void flush();
}
