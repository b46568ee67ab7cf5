package care.alliance.measure;

import java.io.Serializable;
import java.time.LocalDate;

/** The treat-to-target summary of one measure: baseline, latest, change and status. */
public record EpisodeView(Instrument instrument, LocalDate startedOn, long weeksInCare, int baselineTotal,
        Severity baselineSeverity, LocalDate baselineOn, int latestTotal, Severity latestSeverity, LocalDate latestOn,
        int change, int scores, EpisodeStatus status) implements Serializable {

    static EpisodeView of(Episode episode, TreatToTarget rule) {
        return new EpisodeView(episode.instrument(), episode.startedOn(), episode.weeksInCare(),
                episode.baseline().total(), episode.baseline().severity(), episode.baseline().completedOn(),
                episode.latest().total(), episode.latest().severity(), episode.latest().completedOn(), episode.change(),
                episode.scores(), episode.status(rule));
    }
}
