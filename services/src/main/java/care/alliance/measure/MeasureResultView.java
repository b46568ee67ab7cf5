package care.alliance.measure;

import care.alliance.goal.Party;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One questionnaire as the team reads it, with every answer, the total, its band and how it
 * reached Alliance; and whether it raised a safety flag, so that the client is shown the crisis
 * resources at once.
 */
public record MeasureResultView(long id, long clientId, Instrument instrument, LocalDate completedOn, int total,
        Severity severity, List<Integer> answers, Difficulty difficulty, MeasureSource source, String recordedBy,
        Party recordedByParty, Instant recordedAt, boolean raisedSafetyFlag) implements Serializable {

    public MeasureResultView {
        answers = List.copyOf(answers);
    }

    static MeasureResultView of(MeasureResult result) {
        return new MeasureResultView(result.id(), result.clientId(), result.instrument(), result.completedOn(),
                result.total(), result.severity(), result.answers().items().stream().map(Answer::value).toList(),
                result.difficulty().orElse(null), result.source(), result.recordedBy(), result.recordedByParty(),
                result.recordedAt(), result.raisesSafetyFlag());
    }
}
