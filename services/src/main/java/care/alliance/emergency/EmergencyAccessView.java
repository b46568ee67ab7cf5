package care.alliance.emergency;

import care.alliance.team.Discipline;
import java.io.Serializable;
import java.time.Instant;

/**
 * One emergency access as the client's team, the client and its holder read it: who, in which
 * discipline, when, why and until when; whether it is still open, and whether it is the reader's own.
 */
public record EmergencyAccessView(long id, long clientId, String clinicianName, Discipline discipline, String reason,
        Instant openedAt, Instant endsAt, boolean open, boolean yours) implements Serializable {

    static EmergencyAccessView of(EmergencyAccess access, Instant now, String readerAccountId) {
        return new EmergencyAccessView(access.id(), access.clientId(), access.clinicianName(), access.discipline(),
                access.reason().text(), access.openedAt(), access.endsAt(), access.isOpenAt(now),
                access.isHeldBy(readerAccountId));
    }
}
