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
public record Episode(Instrument instrument, LocalDate startedOn, long weeksInCare, Score baseline, Score latest,
        int scores) {

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
        return Optional.of(between(ordered.get(0).score(), ordered.get(ordered.size() - 1).score(), ordered.size(),
                startedOn, today));
    }

    /**
     * The episode read from its first and latest scores alone, with how many scores it has in
     * all: what a registry reads for a page of clients without loading every result.
     */
    public static Episode between(Score baseline, Score latest, int scores, LocalDate startedOn, LocalDate today) {
        if (baseline.instrument() != latest.instrument() || scores < 1) {
            throw new IllegalArgumentException("An episode is read from scores of one instrument, baseline first.");
        }
        LocalDate start = startedOn == null || baseline.completedOn().isBefore(startedOn)
                ? baseline.completedOn() : startedOn;
        long weeks = Math.max(0, ChronoUnit.WEEKS.between(start, today));
        return new Episode(baseline.instrument(), start, weeks, baseline, latest, scores);
    }

    /** The latest total less the baseline: negative when the client is better. */
    public int change() {
        return latest.total() - baseline.total();
    }

    /**
     * The change as a share of the baseline, in whole percent rounded half away from zero
     * (18 to 9 is −50 %); empty when the baseline is 0, of which no share can be taken.
     */
    public Optional<Integer> percentChange() {
        if (baseline.total() == 0) {
            return Optional.empty();
        }
        return Optional.of((int) Math.signum(change()) * Math.round(Math.abs(change()) * 100f / baseline.total()));
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
