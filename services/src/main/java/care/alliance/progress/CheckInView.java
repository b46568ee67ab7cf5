package care.alliance.progress;

import care.alliance.goal.Party;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A progress check-in as the progress chart and the history show it. */
public record CheckInView(long id, long goalId, int rating, BigDecimal measuredValue, String note, boolean reachedTarget,
        String by, Party byParty, Instant at) implements Serializable {

    static CheckInView of(ProgressCheckIn checkIn) {
        return new CheckInView(checkIn.id(), checkIn.goal().id(), checkIn.rating().value(), checkIn.measuredValue(),
                checkIn.note(), checkIn.reachedTarget(), checkIn.by(), checkIn.byParty(), checkIn.checkedInAt());
    }
}
