package care.alliance.measure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A client's episode of care on one measure, read the way collaborative care treats to target:
 * the baseline (the first score), the latest, the change between them, and the status —
 * remission (latest below 5), response (at least half lower than the baseline), not improving
 * (neither, after the weeks in care the clinic allows), improving (lower than the baseline), or new.
 * Remission and response need a score after the baseline.
 */
public record Episode(Instrument instrument, LocalDate startedOn, long weeksInCare, MeasureResult baseline,
        MeasureResult latest, int scores) {

    /**
     * The episode of the client's results on the instrument, in care since {@code startedOn} (the
     * baseline's day when there is none earlier), read on {@code today}; empty with no result.
     */
    public static Optional<Episode> of(Instrument instrument, List<MeasureResult> results, LocalDate startedOn,
            LocalDate today) {
        List<MeasureResult> ordered = results.stream()
                .filter(result -> result.instrument() == instrument)
                .sorted(Comparator.comparing(MeasureResult::completedOn).thenComparing(MeasureResult::recordedAt))
                .toList();
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        MeasureResult baseline = ordered.get(0);
        LocalDate start = startedOn == null || baseline.completedOn().isBefore(startedOn)
                ? baseline.completedOn() : startedOn;
        long weeks = Math.max(0, ChronoUnit.WEEKS.between(start, today));
        return Optional.of(new Episode(instrument, start, weeks, baseline, ordered.get(ordered.size() - 1),
                ordered.size()));
    }

    /** The latest total less the baseline: negative when the client is better. */
    public int change() {
        return latest.total() - baseline.total();
    }

    /** A drop of at least half of the baseline, on a later score. */
    public boolean isResponse() {
        return scores > 1 && baseline.total() > 0 && (baseline.total() - latest.total()) * 2 >= baseline.total();
    }

    /** The latest total below 5, on a later score than the baseline. */
    public boolean isRemission() {
        return scores > 1 && latest.total() < Instrument.REMISSION_BELOW;
    }

    public EpisodeStatus status(TreatToTarget rule) {
        if (isRemission()) {
            return EpisodeStatus.REMISSION;
        }
        if (isResponse()) {
            return EpisodeStatus.RESPONSE;
        }
        if (weeksInCare >= rule.notImprovingAfterWeeks()) {
            return EpisodeStatus.NOT_IMPROVING;
        }
        return change() < 0 ? EpisodeStatus.IMPROVING : EpisodeStatus.NEW;
    }
}
