package care.alliance.measure;

import care.alliance.access.AccessPolicy;
import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.Decision;
import care.alliance.access.PlanAccess;
import care.alliance.access.PlanOperation;
import care.alliance.access.ServiceWords;
import care.alliance.access.SignedInCaller;
import care.alliance.audit.AuditEvent;
import care.alliance.audit.AuditTrail;
import care.alliance.measure.RegistryRow.FlagTime;
import care.alliance.measure.RegistryRow.MeasureLine;
import care.alliance.measure.RegistryRows.Figures;
import care.alliance.measure.RegistryRows.Measured;
import care.alliance.review.CaseReviewService;
import care.alliance.review.CaseReviewSummary;
import care.alliance.team.CareTeam;
import care.alliance.team.CareTeams;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The collaborative-care registry: the clients of every care team the signed-in clinician is on
 * today, one row each, with their symptoms measured against target, what is due, their safety flags
 * and, beside them, the working relationship. The care manager reviews it weekly with the
 * psychiatric consultant. Only clinicians have one; each row shown is audited against its client,
 * as the caseload is, and each row's content passes {@link AccessPolicy} for that client's plan.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class Registry {

    /** The audit action of reading the registry, one event per client row shown. */
    public static final String VIEW_REGISTRY = "VIEW_REGISTRY";

    @Inject
    RegistryRows rows;

    @Inject
    CareTeams careTeams;

    @Inject
    SignedInCaller signedIn;

    @Inject
    AuditTrail audit;

    @Inject
    TreatToTarget rule;

    @Inject
    CaseReviewService caseReviews;

    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));

    /** The page of the registry the query asks for. */
    public RegistryPage page(RegistryQuery query) {
        Caller caller = signedIn.current();
        Decision decision = AccessPolicy.mayKeepCaseload(caller);
        if (!decision.allowed()) {
            audit.record(List.of(audit.event(caller, VIEW_REGISTRY, decision).build()));
            throw new AccessRefused(ServiceWords.say("team.roleDoesNotAllow"));
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<Figures> figures = rows.page(caller.accountId(), query, today, rule);
        if (figures.isEmpty() && query.page() > 0) {
            // a page beyond the last, from an old bookmark or fewer clients since: the first instead
            query = query.onPage(0);
            figures = rows.page(caller.accountId(), query, today, rule);
        }
        if (figures.isEmpty()) {
            audit.record(List.of(audit.event(caller, VIEW_REGISTRY, decision).build()));
            return new RegistryPage(query, List.of(), 0);
        }
        List<Long> clientIds = figures.stream().map(Figures::clientId).toList();
        Map<Long, CareTeam> teams = careTeams.ofClients(clientIds).stream()
                .collect(Collectors.toMap(team -> team.client().id(), Function.identity()));
        // The case review decides and audits for itself who may read each client's review.
        Map<Long, CaseReviewSummary> reviews = caseReviews.openRecommendationsOn(clientIds, teams);

        List<RegistryRow> shown = new ArrayList<>();
        List<AuditEvent> events = new ArrayList<>();
        for (Figures row : figures) {
            CareTeam team = teams.get(row.clientId());
            PlanAccess measuresAllowed = AccessPolicy.mayOnPlan(caller, PlanOperation.VIEW_MEASURES, team, today);
            events.add(audit.event(caller, VIEW_REGISTRY, measuresAllowed.decision())
                    .record("CareTeam", team.id()).client(row.clientId()).build());
            if (!measuresAllowed.allowed()) {
                continue;
            }
            boolean allianceAllowed = AccessPolicy.mayOnPlan(caller, PlanOperation.VIEW_ALLIANCE, team, today).allowed();
            shown.add(rowOf(row, team, allianceAllowed, reviews.get(row.clientId()), today, now));
        }
        audit.record(events);
        return new RegistryPage(query, shown, figures.get(0).matching());
    }

    private RegistryRow rowOf(Figures row, CareTeam team, boolean allianceAllowed, CaseReviewSummary review,
            LocalDate today, Instant now) {
        LocalDate careStart = row.careStart() == null ? today : row.careStart();
        List<MeasureLine> lines = Arrays.stream(Instrument.values()).map(instrument -> {
            Measured measured = row.of(instrument);
            Optional<Episode> episode = measured.hasScores()
                    ? Optional.of(Episode.between(measured.baseline(), measured.latest(), measured.scores(), null, today))
                    : Optional.empty();
            MeasureSchedule schedule = measured.hasSchedule()
                    ? MeasureSchedule.asKept(row.clientId(), instrument, measured.everyWeeks(), measured.paused(),
                            measured.startsOn())
                    : MeasureSchedule.standard(row.clientId(), instrument, careStart);
            DueView due = DueView.of(schedule, episode.map(found -> found.latest().completedOn()), today);
            return new MeasureLine(instrument, episode.map(found -> EpisodeView.of(found, rule)).orElse(null),
                    episode.flatMap(Episode::percentChange).orElse(null), due);
        }).toList();
        EpisodeStatus status = EpisodeStatus.mostPressing(lines.stream().filter(MeasureLine::hasScores)
                .map(line -> line.episode().status()).toList()).orElse(null);
        return new RegistryRow(row.clientId(), team.id(), team.client().displayName(),
                team.client().pronouns().orElse(""), careStart, Math.max(0, ChronoUnit.WEEKS.between(careStart, today)),
                lines, status,
                row.openFlagAt() == null ? null : FlagTime.between(row.openFlagAt(), now),
                row.lastClosedAt() == null ? null : FlagTime.between(row.lastRaisedAt(), row.lastClosedAt()),
                allianceAllowed ? row.possibleRupture() : null, review);
    }
}
