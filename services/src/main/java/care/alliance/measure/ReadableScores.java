package care.alliance.measure;

import java.io.Serializable;
import java.util.List;

/**
 * A client's questionnaires as one reader may read them: the team reads each result with its item
 * answers ({@code results}); the client reads their totals and bands only ({@code totals}), as
 * their portal shows them. The other list is empty.
 */
public record ReadableScores(boolean itemAnswersShown, List<MeasureResultView> results, List<ScoreView> totals)
        implements Serializable {

    public ReadableScores {
        results = List.copyOf(results);
        totals = List.copyOf(totals);
    }

    static ReadableScores withAnswers(List<MeasureResultView> results) {
        return new ReadableScores(true, results, List.of());
    }

    static ReadableScores totalsOnly(List<ScoreView> totals) {
        return new ReadableScores(false, List.of(), totals);
    }
}
