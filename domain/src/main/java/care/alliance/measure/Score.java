package care.alliance.measure;

import java.time.LocalDate;

/** A questionnaire's total on the day the client filled it in: what treat-to-target reads of a result. */
public record Score(Instrument instrument, int total, LocalDate completedOn) {

    public Score {
        if (instrument == null || completedOn == null) {
            throw new IllegalArgumentException("A score needs its instrument and its day.");
        }
        instrument.severityOf(total);
    }

    public Severity severity() {
        return instrument.severityOf(total);
    }
}
