package care.alliance.relationship;

import care.alliance.goal.Party;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A possible rupture as the plan shows it: why it was noticed and, once logged, how it was repaired. */
public record RuptureView(long id, long version, Instant noticedAt, List<Sign> signs, String clientComment,
        boolean repaired, String whatHappened, String howAddressed, String outcome, String repairedBy,
        Party repairedByParty, Instant repairedAt) implements Serializable {

    /** One reason the check-in stood out. */
    public record Sign(AllianceDimension dimension, RuptureSign.Kind kind, int score, Double earlierAverage)
            implements Serializable {
    }

    static RuptureView of(PossibleRupture rupture) {
        List<Sign> signs = rupture.signs().stream()
                .map(sign -> new Sign(sign.dimension(), sign.kind(), sign.score(), sign.earlierAverage()))
                .toList();
        String comment = rupture.checkIn().comment().orElse(null);
        return rupture.repair()
                .map(repair -> new RuptureView(rupture.id(), rupture.version(), rupture.noticedAt(), signs, comment, true,
                        repair.whatHappened(), repair.howAddressed(), repair.outcome(), repair.repairedBy(),
                        repair.repairedByParty(), repair.repairedAt()))
                .orElseGet(() -> new RuptureView(rupture.id(), rupture.version(), rupture.noticedAt(), signs, comment,
                        false, null, null, null, null, null, null));
    }
}
