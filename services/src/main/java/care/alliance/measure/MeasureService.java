package care.alliance.measure;

import care.alliance.access.AccessPolicy;
import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.CarePlanAccess;
import care.alliance.access.Decision;
import care.alliance.access.PlanAccess;
import care.alliance.access.PlanOperation;
import care.alliance.access.Role;
import care.alliance.access.ServiceWords;
import care.alliance.access.SignedInCaller;
import care.alliance.audit.AuditTrail;
import care.alliance.goal.ChangedMeanwhile;
import care.alliance.rules.InvalidInput;
import care.alliance.team.CareTeam;
import care.alliance.team.CareTeamMember;
import care.alliance.team.CareTeams;
import care.alliance.team.MembershipPeriod;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Measurement-based care: the client fills in a PHQ-9 or GAD-7 when it is due, or a clinician of
 * the team enters one from paper; a PHQ-9 with item 9 above zero raises a safety flag for the team
 * in the same transaction, which a clinician of the team closes only by logging the follow-up; the
 * team reads each measure's treat-to-target episode and sets how often each is due. Every call
 * passes {@link AccessPolicy} and is audited; clinic IT is refused all of it.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class MeasureService {

    /** The audit action of reading the open safety flags of one's whole caseload. */
    static final String VIEW_OPEN_SAFETY_FLAGS = "VIEW_OPEN_SAFETY_FLAGS";

    /** How many months of results the care plan shows by default. */
    public static final int RECENT_MONTHS = 12;

    @Inject
    Measures measures;

    @Inject
    CareTeams careTeams;

    @Inject
    CarePlanAccess access;

    @Inject
    SignedInCaller signedIn;

    @Inject
    AuditTrail audit;

    @Inject
    TreatToTarget rule;

    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));

    /**
     * The client's own answers, filled in in the portal: saved only when every item is answered,
     * and raising a safety flag at once when item 9 of a PHQ-9 is above zero.
     */
    public MeasureResultView fillIn(long clientId, Instrument instrument, List<Integer> answers, Difficulty difficulty) {
        return filledIn(clientId, instrument, answers, difficulty, null);
    }

    /**
     * A questionnaire sent from another system (the REST API): the client's own, filled in today,
     * when a client sends it, else a paper form entered by a clinician of the team; the policy
     * decides either way, and item 9 raises the flag as on the pages.
     */
    public MeasureResultView send(long clientId, Instrument instrument, List<Integer> answers, Difficulty difficulty,
            LocalDate completedOn) {
        return access.caller().has(Role.CLIENT)
                ? filledIn(clientId, instrument, answers, difficulty, completedOn)
                : enterFromPaper(clientId, instrument, answers, difficulty, completedOn);
    }

    private MeasureResultView filledIn(long clientId, Instrument instrument, List<Integer> answers,
            Difficulty difficulty, LocalDate completedOn) {
        access.require(clientId, PlanOperation.FILL_IN_MEASURE, "MeasureResult", null);
        if (completedOn != null) {
            // The client's own answers are today's; only a paper form is entered for an earlier day.
            throw new InvalidInput(ServiceWords.say("measure.clientFillsInToday"), MeasureResult.COMPLETED_ON_FIELD);
        }
        Instant now = clock.instant();
        MeasureResult result = MeasureResult.filledInByClient(clientId, Answers.of(instrument, answers, difficulty),
                access.caller().username(), now, LocalDate.now(clock));
        return recorded(result);
    }

    /** A paper form the client filled in on {@code completedOn}, entered by a clinician of the team, who is named. */
    public MeasureResultView enterFromPaper(long clientId, Instrument instrument, List<Integer> answers,
            Difficulty difficulty, LocalDate completedOn) {
        PlanAccess allowed = access.require(clientId, PlanOperation.ENTER_MEASURE_FROM_PAPER, "MeasureResult", null);
        MeasureResult result = MeasureResult.enteredFromPaper(clientId, Answers.of(instrument, answers, difficulty),
                completedOn, access.caller().username(), allowed.party(), clock.instant(), LocalDate.now(clock));
        return recorded(result);
    }

    private MeasureResultView recorded(MeasureResult result) {
        measures.add(result);
        SafetyFlag.raisedBy(result).ifPresent(measures::add);
        measures.flush();
        return MeasureResultView.of(result);
    }

    /** The client's measures, episodes, what is due and the safety flags, for the team. */
    public MeasuresView measuresOf(long clientId) {
        access.require(clientId, PlanOperation.VIEW_MEASURES, "MeasureResult", null);
        List<MeasureResult> results = measures.ofClient(clientId);
        LocalDate today = LocalDate.now(clock);
        LocalDate careStarted = careStartOf(clientId, today);
        // The episode of measurement-based care starts with its baseline, whenever the team formed.
        List<EpisodeView> episodes = Arrays.stream(Instrument.values())
                .flatMap(instrument -> Episode.of(instrument, results, null, today).stream())
                .map(episode -> EpisodeView.of(episode, rule))
                .toList();
        Instant now = clock.instant();
        return new MeasuresView(clientId, newestFirst(results), results.size(), null,
                episodes, due(clientId, results, careStarted, today),
                measures.flagsOf(clientId).stream().map(flag -> SafetyFlagView.of(flag, now)).toList());
    }

    /**
     * The client's measures as the care plan shows them, audited as {@link #measuresOf}: the results
     * of the last {@value #RECENT_MONTHS} months, the episodes from each questionnaire's baseline and
     * latest whenever they were, what is due, and the safety flags still open or raised in those
     * months — read in at most three statements however long the client's history.
     */
    public MeasuresView recentMeasuresOf(long clientId) {
        access.require(clientId, PlanOperation.VIEW_MEASURES, "MeasureResult", null);
        LocalDate today = LocalDate.now(clock);
        LocalDate since = today.minusMonths(RECENT_MONTHS);
        RecentResults recent = measures.recentOfClient(clientId, since);
        List<EpisodeView> episodes = Arrays.stream(Instrument.values())
                .flatMap(instrument -> episodeOf(instrument, recent, today).stream())
                .map(episode -> EpisodeView.of(episode, rule))
                .toList();
        Instant now = clock.instant();
        List<SafetyFlagView> flags = recent.flagCount() == 0 ? List.of()
                : measures.recentFlagsOf(clientId, since.atStartOfDay(clock.getZone()).toInstant()).stream()
                        .map(flag -> SafetyFlagView.of(flag, now)).toList();
        return new MeasuresView(clientId,
                newestFirst(recent.results().stream().filter(result -> !result.completedOn().isBefore(since)).toList()),
                recent.counts().values().stream().mapToLong(Long::longValue).sum(), since, episodes,
                due(clientId, recent.results(), careStartOf(clientId, today), today), flags);
    }

    /** The episode from the questionnaire's first and latest result, which the recent read always holds. */
    private static Optional<Episode> episodeOf(Instrument instrument, RecentResults recent, LocalDate today) {
        List<MeasureResult> ordered = recent.results().stream().filter(result -> result.instrument() == instrument)
                .toList();
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Episode.between(ordered.get(0).score(), ordered.get(ordered.size() - 1).score(),
                recent.counts().get(instrument).intValue(), null, today));
    }

    private static List<MeasureResultView> newestFirst(List<MeasureResult> results) {
        return results.stream().sorted(Comparator.comparing(MeasureResult::completedOn)
                .thenComparing(MeasureResult::recordedAt).reversed()).map(MeasureResultView::of).toList();
    }

    /** Each questionnaire's schedule and whether it is due today, for the client's portal and for the team. */
    public List<DueView> dueFor(long clientId) {
        access.require(clientId, PlanOperation.VIEW_MEASURES_DUE, "MeasureSchedule", null);
        LocalDate today = LocalDate.now(clock);
        return due(clientId, measures.ofClient(clientId), careStartOf(clientId, today), today);
    }

    private List<DueView> due(long clientId, List<MeasureResult> results, LocalDate careStarted, LocalDate today) {
        Map<Instrument, Optional<LocalDate>> last = Arrays.stream(Instrument.values())
                .collect(Collectors.toMap(Function.identity(), instrument -> results.stream()
                        .filter(result -> result.instrument() == instrument)
                        .map(MeasureResult::completedOn)
                        .max(Comparator.naturalOrder())));
        Map<Instrument, MeasureSchedule> set = measures.schedulesOf(clientId).stream()
                .collect(Collectors.toMap(MeasureSchedule::instrument, Function.identity()));
        return Arrays.stream(Instrument.values())
                .map(instrument -> {
                    MeasureSchedule schedule = Optional.ofNullable(set.get(instrument))
                            .orElseGet(() -> MeasureSchedule.standard(clientId, instrument, careStarted));
                    return DueView.of(schedule, last.get(instrument), today);
                })
                .toList();
    }

    /** The team changes how often the client fills in the questionnaire; a paused one runs again. */
    public DueView changeSchedule(long clientId, Instrument instrument, int everyWeeks) {
        return scheduleChanged(clientId, instrument,
                schedule -> schedule.change(everyWeeks, access.caller().username(), clock.instant()));
    }

    /** The team pauses the questionnaire for the client: it is not due until they set how often again. */
    public DueView pauseSchedule(long clientId, Instrument instrument) {
        return scheduleChanged(clientId, instrument,
                schedule -> schedule.pause(access.caller().username(), clock.instant()));
    }

    private DueView scheduleChanged(long clientId, Instrument instrument, Consumer<MeasureSchedule> change) {
        access.require(clientId, PlanOperation.CHANGE_MEASURE_SCHEDULE, "MeasureSchedule", null);
        if (instrument == null) {
            throw new InvalidInput(ServiceWords.say("measure.instrumentRequired"), "instrument");
        }
        LocalDate today = LocalDate.now(clock);
        MeasureSchedule schedule = measures.scheduleOf(clientId, instrument).orElse(null);
        if (schedule == null) {
            schedule = MeasureSchedule.standard(clientId, instrument, careStartOf(clientId, today));
            change.accept(schedule);
            measures.add(schedule);
        } else {
            change.accept(schedule);
        }
        measures.flush();
        Optional<LocalDate> last = measures.ofClient(clientId).stream()
                .filter(result -> result.instrument() == instrument)
                .map(MeasureResult::completedOn)
                .max(Comparator.naturalOrder());
        return DueView.of(schedule, last, today);
    }

    /**
     * The client's own scores over time, oldest first, for their portal: totals, bands and days,
     * not the answers item by item nor anything of the team's follow-up.
     */
    public List<ScoreView> myScores(long clientId) {
        access.require(clientId, PlanOperation.VIEW_OWN_MEASURES, "MeasureResult", null);
        return measures.ofClient(clientId).stream().map(ScoreView::of).toList();
    }

    /**
     * The client's questionnaires as the caller may read them: a client their own totals and bands,
     * as their portal shows them; the team every answer, as the plan shows them.
     */
    public ReadableScores scoresOf(long clientId) {
        return access.caller().has(Role.CLIENT)
                ? ReadableScores.totalsOnly(myScores(clientId))
                : ReadableScores.withAnswers(measuresOf(clientId).results());
    }

    /**
     * Closes the safety flag with its follow-up, logged by a clinician of the client's team; refused
     * when someone else changed it since {@code seenVersion} was read.
     */
    public SafetyFlagView closeSafetyFlag(long flagId, long seenVersion, Instant clientReachedAt, String assessment,
            FollowUpOutcome outcome) {
        SafetyFlag flag = access.found(measures.findFlag(flagId), PlanOperation.CLOSE_SAFETY_FLAG, "SafetyFlag", flagId);
        PlanAccess allowed = access.require(flag.clientId(), PlanOperation.CLOSE_SAFETY_FLAG, "SafetyFlag", flagId);
        if (flag.version() != seenVersion) {
            throw new ChangedMeanwhile(flag.followUp()
                    .map(followUp -> ServiceWords.say("changed.safetyFlag", followUp.followedUpBy()))
                    .orElseGet(() -> ServiceWords.say("changed.safetyFlagOther")));
        }
        Instant now = clock.instant();
        flag.close(new FollowUp(clientReachedAt, assessment, outcome, access.caller().username(), allowed.party(), now));
        measures.flush();
        return SafetyFlagView.of(flag, now);
    }

    /**
     * The safety flags still open of every client whose team the signed-in clinician is on today,
     * the longest open first; each flag shown is audited against its client.
     */
    public List<SafetyFlagView> openSafetyFlags() {
        Caller caller = signedIn.current();
        Decision decision = AccessPolicy.mayKeepCaseload(caller);
        if (!decision.allowed()) {
            audit.record(List.of(audit.event(caller, VIEW_OPEN_SAFETY_FLAGS, decision).build()));
            throw new AccessRefused(ServiceWords.say("team.roleDoesNotAllow"));
        }
        LocalDate today = LocalDate.now(clock);
        List<Long> clientIds = careTeams.withCurrentMember(caller.accountId(), today).stream()
                .map(team -> team.client().id())
                .toList();
        List<SafetyFlag> open = measures.openFlagsOf(clientIds);
        audit.record(open.isEmpty()
                ? List.of(audit.event(caller, VIEW_OPEN_SAFETY_FLAGS, decision).build())
                : open.stream().map(flag -> audit.event(caller, VIEW_OPEN_SAFETY_FLAGS, decision)
                        .record("SafetyFlag", flag.id()).client(flag.clientId()).build()).toList());
        Instant now = clock.instant();
        return open.stream().map(flag -> SafetyFlagView.of(flag, now)).toList();
    }

    /** The first day anyone was on the client's care team: a measure never filled in is due from then. */
    private LocalDate careStartOf(long clientId, LocalDate today) {
        return careTeams.ofClient(clientId).map(CareTeam::history).orElse(List.of()).stream()
                .map(CareTeamMember::period)
                .map(MembershipPeriod::startsOn)
                .min(Comparator.naturalOrder())
                .orElse(today);
    }
}
