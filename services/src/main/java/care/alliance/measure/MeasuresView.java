package care.alliance.measure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A client's measures for the team: the results (newest first) — every one, or those completed
 * since {@code shownSince} — and how many there are in all, the treat-to-target episode of each
 * instrument, what is due, and the safety flags (newest first; with {@code shownSince}, those still
 * open and those raised since).
 */
public record MeasuresView(long clientId, List<MeasureResultView> results, long resultCount, LocalDate shownSince,
        List<EpisodeView> episodes, List<DueView> due, List<SafetyFlagView> safetyFlags) implements Serializable {

    public MeasuresView {
        results = List.copyOf(results);
        episodes = List.copyOf(episodes);
        due = List.copyOf(due);
        safetyFlags = List.copyOf(safetyFlags);
    }

    /** Whether some of the client's results are not among those shown. */
    public boolean hasEarlierResults() {
        return resultCount > results.size();
    }

    public Optional<SafetyFlagView> openSafetyFlag() {
        return safetyFlags.stream().filter(flag -> !flag.closed()).findFirst();
    }

    public Optional<EpisodeView> episode(Instrument instrument) {
        return episodes.stream().filter(episode -> episode.instrument() == instrument).findFirst();
    }
}
