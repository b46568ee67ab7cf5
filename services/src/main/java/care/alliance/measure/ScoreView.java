package care.alliance.measure;

import java.io.Serializable;
import java.time.LocalDate;

/** One score on a chart over time: the questionnaire, the day it was filled in, its total and band. */
public record ScoreView(Instrument instrument, LocalDate completedOn, int total, Severity severity)
        implements Serializable {

    static ScoreView of(MeasureResult result) {
        return new ScoreView(result.instrument(), result.completedOn(), result.total(), result.severity());
    }
}
