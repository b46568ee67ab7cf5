package care.alliance.measure;

import java.util.List;
import java.util.Map;

/**
 * What the care plan reads of a client's questionnaires: the results of the recent months, each
 * questionnaire's first (its baseline) and latest result whenever they were, how many results each
 * questionnaire has in all, and how many safety flags the client has.
 */
public record RecentResults(List<MeasureResult> results, Map<Instrument, Long> counts, long flagCount) {

    public RecentResults {
        results = List.copyOf(results);
        counts = Map.copyOf(counts);
    }
}
