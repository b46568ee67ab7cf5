package care.alliance.measure;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A client's measures for the team: every result (newest first), the treat-to-target episode of
 * each instrument, what is due, and the safety flags (newest first).
 */
public record MeasuresView(long clientId, List<MeasureResultView> results, List<EpisodeView> episodes,
        List<DueView> due, List<SafetyFlagView> safetyFlags) implements Serializable {

    public MeasuresView {
        results = List.copyOf(results);
        episodes = List.copyOf(episodes);
        due = List.copyOf(due);
        safetyFlags = List.copyOf(safetyFlags);
    }

    public Optional<SafetyFlagView> openSafetyFlag() {
        return safetyFlags.stream().filter(flag -> !flag.closed()).findFirst();
    }

    public Optional<EpisodeView> episode(Instrument instrument) {
        return episodes.stream().filter(episode -> episode.instrument() == instrument).findFirst();
    }
}
