package care.alliance.measure;

import care.alliance.goal.Party;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** A safety flag as the team sees it: when it was raised, by which answer, how long it has been or was open, and its follow-up. */
public record SafetyFlagView(long id, long version, long clientId, long resultId, int itemAnswer, Instant raisedAt,
        Duration timeOpen, boolean closed, Instant clientReachedAt, String assessment, FollowUpOutcome outcome,
        String followedUpBy, Party followedUpByParty, Instant closedAt) implements Serializable {

    static SafetyFlagView of(SafetyFlag flag, Instant now) {
        return flag.followUp()
                .map(followUp -> new SafetyFlagView(flag.id(), flag.version(), flag.clientId(), flag.result().id(),
                        flag.itemAnswer(), flag.raisedAt(), flag.timeOpen(now), true, followUp.clientReachedAt(),
                        followUp.assessment(), followUp.outcome(), followUp.followedUpBy(),
                        followUp.followedUpByParty(), followUp.closedAt()))
                .orElseGet(() -> new SafetyFlagView(flag.id(), flag.version(), flag.clientId(), flag.result().id(),
                        flag.itemAnswer(), flag.raisedAt(), flag.timeOpen(now), false, null, null, null, null, null,
                        null));
    }
}
