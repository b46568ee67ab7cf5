package care.alliance.web.api;

import care.alliance.measure.Difficulty;
import care.alliance.measure.Instrument;
import care.alliance.measure.MeasureResultView;
import care.alliance.measure.MeasureSource;
import care.alliance.measure.ReadableScores;
import care.alliance.measure.ScoreView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * PHQ-9 and GAD-7 results as the API shows them: the team reads every answer, the client their
 * totals and bands, as their portal shows them; and how a questionnaire sent in is read.
 */
final class MeasureJson {

    private static final Set<String> SENT = Set.of("instrument", "answers", "difficulty", "completedOn");

    private MeasureJson() {
    }

    @Schema(name = "MeasureResult", description = "One questionnaire; the client reads only the instrument, the day, "
            + "the total and its band")
    public record Result(Long id,
            @Schema(required = true, enumeration = {"PHQ_9", "GAD_7"}) String instrument,
            @Schema(required = true) LocalDate completedOn,
            @Schema(required = true) int total,
            @Schema(required = true, enumeration = {"MINIMAL", "MILD", "MODERATE", "MODERATELY_SEVERE", "SEVERE"})
            String severity,
            @Schema(description = "Item 1 first, each 0 to 3; for the team only") List<Integer> answers,
            @Schema(enumeration = {"NOT_DIFFICULT_AT_ALL", "SOMEWHAT_DIFFICULT", "VERY_DIFFICULT", "EXTREMELY_DIFFICULT"})
            String difficulty,
            @Schema(enumeration = {"PORTAL", "PAPER"}) String source, String recordedBy, String recordedByParty,
            Instant recordedAt,
            @Schema(description = "PHQ-9 item 9 above zero: the team's safety flag was raised with it") Boolean raisedSafetyFlag,
            @Schema(description = "When the client's own answers raised the flag: the clinic's crisis resources, "
                    + "as the portal shows them at once") String crisisResources) {

        static Result of(MeasureResultView result) {
            return new Result(result.id(), result.instrument().name(), result.completedOn(), result.total(),
                    result.severity().name(), result.answers(),
                    result.difficulty() == null ? null : result.difficulty().name(), result.source().name(),
                    result.recordedBy(), result.recordedByParty() == null ? null : result.recordedByParty().name(),
                    result.recordedAt(), result.raisedSafetyFlag(), null);
        }

        static Result of(ScoreView score) {
            return new Result(null, score.instrument().name(), score.completedOn(), score.total(),
                    score.severity().name(), null, null, null, null, null, null, null, null);
        }

        /**
         * What the sender reads back: a clinician the whole paper form; the client, as the portal
         * shows them, their total and band and, when item 9 raised the flag, the crisis resources.
         */
        static Result sent(MeasureResultView result, String crisisResources) {
            if (result.source() != MeasureSource.PORTAL) {
                return of(result);
            }
            return new Result(result.id(), result.instrument().name(), result.completedOn(), result.total(),
                    result.severity().name(), null, null, result.source().name(), null, null, result.recordedAt(),
                    result.raisedSafetyFlag(), result.raisedSafetyFlag() ? crisisResources : null);
        }
    }

    @Schema(name = "MeasureResults")
    public record Results(@Schema(required = true) long clientId,
            @Schema(required = true, description = "Whether each result has its item answers: for the team, not for "
                    + "the client") boolean itemAnswersShown,
            @Schema(required = true, description = "Newest first") List<Result> results) {

        /**
         * Newest first for every reader, the two questionnaires of one day in the same order: the
         * team's results come newest first, the client's scores oldest first (as their chart draws them).
         */
        static Results of(long clientId, ReadableScores scores) {
            List<Result> results = new ArrayList<>(scores.itemAnswersShown()
                    ? scores.results().stream().map(Result::of).toList()
                    : scores.totals().stream().map(Result::of).toList());
            if (!scores.itemAnswersShown()) {
                Collections.reverse(results);
            }
            results.sort(Comparator.comparing(Result::completedOn).reversed().thenComparing(Result::instrument));
            return new Results(clientId, scores.itemAnswersShown(), results);
        }
    }

    @Schema(name = "MeasureSentBody", description = "A questionnaire: the client's own, filled in today, or a paper "
            + "form a clinician of the team enters, with the day the client filled it in")
    public record Sent(@Schema(required = true) Instrument instrument,
            @Schema(required = true, description = "Every item's answer, 0 to 3, item 1 first: 9 for the PHQ-9, 7 for "
                    + "the GAD-7; a problem names an item as answers[index]") List<Integer> answers,
            @Schema(description = "Required when any answer is above 0") Difficulty difficulty,
            @Schema(format = "date", description = "A paper form's day, required for it; a client leaves it out")
            LocalDate completedOn) {
    }

    static Sent sent(String text) {
        ApiBody body = ApiBody.of(text, SENT);
        return new Sent(body.required("instrument", body.choice("instrument", Instrument.class)),
                body.required("answers", body.integers("answers")), body.choice("difficulty", Difficulty.class),
                body.date("completedOn"));
    }
}
