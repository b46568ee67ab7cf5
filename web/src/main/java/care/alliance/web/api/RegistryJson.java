package care.alliance.web.api;

import care.alliance.measure.DueView;
import care.alliance.measure.EpisodeView;
import care.alliance.measure.RegistryRow;
import care.alliance.review.CaseReviewSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The registry as the API shows it: a page of clients, each with their measures against target. */
final class RegistryJson {

    private RegistryJson() {
    }

    @Schema(name = "RegistryPage")
    public record Page(@Schema(required = true) List<Client> items, @Schema(required = true) int page,
            @Schema(required = true) int size, @Schema(required = true) long totalItems,
            @Schema(required = true) PlanJson.Links links) {
    }

    @Schema(name = "RegistryClient", description = "One client of the registry, as the weekly review reads them")
    public record Client(@Schema(required = true) long clientId, @Schema(required = true) String clientName,
            String clientPronouns, LocalDate careStartedOn, long weeksInCare,
            @Schema(required = true) List<Measure> measures,
            @Schema(description = "The status that most needs attention, of the measures with scores",
                    enumeration = {"NEW", "IMPROVING", "RESPONSE", "REMISSION", "NOT_IMPROVING"}) String status,
            Flag openSafetyFlag, Flag lastClosedSafetyFlag,
            @Schema(description = "A possible rupture not yet talked through; absent when the caller may not see the alliance")
            Boolean possibleRupture,
            @Schema(description = "The psychiatric case review; absent when the caller may not see it") CaseReview caseReview) {

        static Client of(RegistryRow row) {
            return new Client(row.clientId(), row.clientName(), row.clientPronouns().isEmpty() ? null : row.clientPronouns(),
                    row.careStartedOn(), row.weeksInCare(), row.measures().stream().map(Measure::of).toList(),
                    row.status() == null ? null : row.status().name(), Flag.of(row.openFlag()), Flag.of(row.lastClosedFlag()),
                    row.possibleRupture(), CaseReview.of(row.caseReview()));
        }
    }

    @Schema(name = "RegistryMeasure", description = "One questionnaire's episode against target and when it is next due")
    public record Measure(@Schema(required = true, enumeration = {"PHQ_9", "GAD_7"}) String instrument,
            Integer baselineTotal, Integer latestTotal, String latestSeverity, LocalDate latestOn, Integer change,
            @Schema(description = "The change from the baseline in percent") Integer percentChange,
            @Schema(enumeration = {"NEW", "IMPROVING", "RESPONSE", "REMISSION", "NOT_IMPROVING"}) String status,
            LocalDate nextDueOn, @Schema(enumeration = {"NOT_DUE", "DUE", "OVERDUE"}) String due, long daysPastDue,
            int everyWeeks, boolean paused) {

        static Measure of(RegistryRow.MeasureLine line) {
            EpisodeView episode = line.episode();
            DueView due = line.due();
            return new Measure(line.instrument().name(), episode == null ? null : episode.baselineTotal(),
                    episode == null ? null : episode.latestTotal(),
                    episode == null ? null : episode.latestSeverity().name(), episode == null ? null : episode.latestOn(),
                    episode == null ? null : episode.change(), line.percentChange(),
                    episode == null ? null : episode.status().name(), due.nextDueOn(), due.status().name(),
                    due.daysPastDue(), due.everyWeeks(), due.paused());
        }
    }

    @Schema(name = "RegistrySafetyFlag", description = "When a safety flag was raised and how long it has been, or was, open")
    public record Flag(@Schema(required = true) Instant raisedAt,
            @Schema(required = true, description = "ISO 8601 duration, such as PT3H") String openFor) {

        static Flag of(RegistryRow.FlagTime time) {
            return time == null ? null : new Flag(time.raisedAt(), time.open().toString());
        }
    }

    @Schema(name = "RegistryCaseReview")
    public record CaseReview(int openRecommendations, Instant oldestOpenSince, List<String> openKinds,
            @Schema(description = "Whether a recommendation waits for the caller, as the team's primary care") boolean awaitsCaller,
            LocalDate lastReviewedOn) {

        static CaseReview of(CaseReviewSummary summary) {
            return summary == null ? null : new CaseReview(summary.openRecommendations(), summary.oldestOpenSince(),
                    summary.openKinds().stream().map(Enum::name).sorted().toList(), summary.awaitsReader(),
                    summary.lastReviewedOn());
        }
    }
}
