package care.alliance.measure;

import java.io.Serializable;
import java.time.LocalDate;

/** When a client's questionnaire is next due, how often, and whether it is due or overdue today. */
public record DueView(Instrument instrument, int everyWeeks, LocalDate nextDueOn, DueStatus status)
        implements Serializable {

    public boolean isDue() {
        return status != DueStatus.NOT_DUE;
    }
}
