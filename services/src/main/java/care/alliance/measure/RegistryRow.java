package care.alliance.measure;

import care.alliance.review.CaseReviewSummary;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One client on the registry, as the care manager and the psychiatric consultant review them
 * weekly: weeks in care, each measure's treat-to-target episode and what is due, the status that
 * most needs attention, an open safety flag (and how long it has been open) and the last closed
 * one, and beside the symptoms the working relationship: a possible rupture not yet talked through
 * ({@code null} when the caller may not see the alliance), and the psychiatric case review: the
 * last review and any recommendation still waiting for primary care's answer ({@code null} when
 * the caller may not see it).
 */
public record RegistryRow(long clientId, long teamId, String clientName, String clientPronouns,
        LocalDate careStartedOn, long weeksInCare, List<MeasureLine> measures, EpisodeStatus status,
        FlagTime openFlag, FlagTime lastClosedFlag, Boolean possibleRupture, CaseReviewSummary caseReview)
        implements Serializable {

    public RegistryRow {
        measures = List.copyOf(measures);
    }

    /** One measure of the client: its episode (none before a first score) and when it is next due. */
    public record MeasureLine(Instrument instrument, EpisodeView episode, Integer percentChange, DueView due)
            implements Serializable {

        public boolean hasScores() {
            return episode != null;
        }
    }

    /** When a safety flag was raised and how long it has been, or was, open. */
    public record FlagTime(Instant raisedAt, Duration open) implements Serializable {

        static FlagTime between(Instant raisedAt, Instant end) {
            Duration open = Duration.between(raisedAt, end);
            return new FlagTime(raisedAt, open.isNegative() ? Duration.ZERO : open);
        }
    }

    public Optional<MeasureLine> measure(Instrument instrument) {
        return measures.stream().filter(line -> line.instrument() == instrument).findFirst();
    }

    public MeasureLine getPhq9() {
        return measure(Instrument.PHQ_9).orElseThrow();
    }

    public MeasureLine getGad7() {
        return measure(Instrument.GAD_7).orElseThrow();
    }

    public boolean isFlagged() {
        return openFlag != null;
    }

    public boolean isOverdue() {
        return measures.stream().anyMatch(line -> line.due().isOverdue());
    }

    /** The longest any measure is overdue, in days; 0 when none is. */
    public long daysOverdue() {
        return measures.stream().filter(line -> line.due().isOverdue()).mapToLong(line -> line.due().daysPastDue())
                .max().orElse(0);
    }
}
