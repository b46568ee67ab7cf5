package care.alliance.review;

import care.alliance.access.AccessPolicy;
import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.CarePlanAccess;
import care.alliance.access.Decision;
import care.alliance.access.PlanAccess;
import care.alliance.access.PlanOperation;
import care.alliance.access.ServiceWords;
import care.alliance.access.SignedInCaller;
import care.alliance.audit.AuditEvent;
import care.alliance.audit.AuditTrail;
import care.alliance.goal.ChangedMeanwhile;
import care.alliance.team.CareTeam;
import care.alliance.team.CareTeams;
import care.alliance.team.Discipline;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Psychiatric case review: the team's psychiatrist records that they reviewed a client and writes
 * recommendations for the team's primary care, who accepts, adapts or declines each one. DESIGN.md
 * gives medication matters to the prescribers: psychiatry recommends and primary care answers; the
 * therapist and the care manager read. The client does not: a recommendation is a consultation
 * between clinicians, and what primary care takes from it reaches the client's plan as goals and
 * tasks agreed with them. Clinic IT sees none of it. Every call passes {@link AccessPolicy} and is audited.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class CaseReviewService {

    /** The audit action of reading the case review lines of many clients at once, refused as a whole. */
    static final String VIEW_CASE_REVIEWS = "VIEW_CASE_REVIEWS";

    @Inject
    CaseReviews reviews;

    @Inject
    CareTeams careTeams;

    @Inject
    CarePlanAccess access;

    @Inject
    SignedInCaller signedIn;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.tick(Clock.systemDefaultZone(), Duration.ofNanos(1000));

    /** The team's psychiatrist reviewed the client on {@code reviewedOn} (today or earlier), with an optional note. */
    public CaseReviewView markReviewed(long clientId, LocalDate reviewedOn, String note) {
        PlanAccess allowed = access.require(clientId, PlanOperation.MARK_REVIEWED, "CaseReview", null);
        CaseReview review = CaseReview.record(clientId, reviewedOn, note, access.caller().username(), allowed.party(),
                clock.instant(), LocalDate.now(clock));
        reviews.add(review);
        reviews.flush();
        return CaseReviewView.of(review);
    }

    /** The team's psychiatrist recommends something to the team's primary care; it is open until answered. */
    public RecommendationView recommend(long clientId, RecommendationKind kind, String text) {
        PlanAccess allowed = access.require(clientId, PlanOperation.RECOMMEND, "Recommendation", null);
        Recommendation recommendation = Recommendation.make(clientId, kind, text, access.caller().username(),
                allowed.party(), clock.instant());
        reviews.add(recommendation);
        reviews.flush();
        return RecommendationView.of(recommendation);
    }

    /**
     * The team's primary care accepts, adapts or declines the recommendation; refused when someone
     * answered it since {@code seenVersion} was read, and then nothing of this answer is kept.
     */
    public RecommendationView answer(long recommendationId, long seenVersion, RecommendationStatus outcome,
            String words) {
        Recommendation recommendation = access.found(reviews.findRecommendation(recommendationId),
                PlanOperation.ANSWER_RECOMMENDATION, "Recommendation", recommendationId);
        PlanAccess allowed = access.require(recommendation.clientId(), PlanOperation.ANSWER_RECOMMENDATION,
                "Recommendation", recommendationId);
        if (recommendation.version() != seenVersion) {
            throw new ChangedMeanwhile(recommendation.answeredBy()
                    .map(by -> ServiceWords.say("changed.recommendation", by))
                    .orElseGet(() -> ServiceWords.say("changed.recommendationOther")));
        }
        recommendation.answer(outcome, words, access.caller().username(), allowed.party(), clock.instant());
        reviews.flush();
        return RecommendationView.of(recommendation);
    }

    /** The client's reviews and recommendations for the team's plan, and what the reader may do with them. */
    public CaseReviewsView caseReviewOf(long clientId) {
        access.require(clientId, PlanOperation.VIEW_CASE_REVIEW, "CaseReview", null);
        Caller caller = access.caller();
        LocalDate today = LocalDate.now(clock);
        CareTeam team = careTeams.ofClient(clientId).orElseThrow();
        List<RecommendationView> recommendations = reviews.recommendationsOf(clientId).stream()
                .map(RecommendationView::of).toList();
        // the oldest open one has waited longest and comes first
        List<RecommendationView> open = new ArrayList<>(recommendations.stream().filter(RecommendationView::open).toList());
        Collections.reverse(open);
        return new CaseReviewsView(clientId,
                reviews.reviewsOf(clientId).stream().map(CaseReviewView::of).toList(),
                List.copyOf(open),
                recommendations.stream().filter(recommendation -> !recommendation.open()).toList(),
                team.membersOn(today).stream()
                        .filter(member -> member.discipline() == Discipline.PRIMARY_CARE)
                        .map(member -> member.staffMember().signature())
                        .toList(),
                AccessPolicy.mayOnPlan(caller, PlanOperation.RECOMMEND, team, today).allowed(),
                AccessPolicy.mayOnPlan(caller, PlanOperation.ANSWER_RECOMMENDATION, team, today).allowed());
    }

    /**
     * For a registry or caseload page: per client of {@code clientIds} whose team the signed-in
     * clinician is on today, the open recommendations (how many, since when the oldest, of which
     * kinds, whether they wait for the reader) and the last day of review. Each client passes the
     * policy and is audited on its own; clients the reader may not see are audited as refused and
     * left out. Three queries, however many clients: the clients' teams, the open
     * recommendations, the last reviews. Someone who keeps no caseload is refused as a whole.
     */
    public Map<Long, CaseReviewSummary> openRecommendationsFor(Collection<Long> clientIds) {
        Caller caller = clinicianWithACaseload();
        Set<Long> asked = new LinkedHashSet<>(clientIds);
        if (asked.isEmpty()) {
            return Map.of();
        }
        Map<Long, CareTeam> teams = new HashMap<>();
        careTeams.ofClients(asked).forEach(team -> teams.put(team.client().id(), team));
        return summaries(caller, asked, teams);
    }

    /**
     * The same for the clients of teams the caller has just loaded, as the registry has: the policy
     * still decides on each team, and clients of no team given are refused.
     */
    public Map<Long, CaseReviewSummary> openRecommendationsOn(Collection<Long> clientIds, Map<Long, CareTeam> teamsOfClients) {
        Caller caller = clinicianWithACaseload();
        Set<Long> asked = new LinkedHashSet<>(clientIds);
        return asked.isEmpty() ? Map.of() : summaries(caller, asked, teamsOfClients);
    }

    /** The signed-in caller, if they keep a caseload; anyone else is refused, and that is audited. */
    private Caller clinicianWithACaseload() {
        Caller caller = signedIn.current();
        Decision mayKeepCaseload = AccessPolicy.mayKeepCaseload(caller);
        if (!mayKeepCaseload.allowed()) {
            audit.record(List.of(audit.event(caller, VIEW_CASE_REVIEWS, mayKeepCaseload).build()));
            throw new AccessRefused(ServiceWords.say("team.roleDoesNotAllow"));
        }
        return caller;
    }

    private Map<Long, CaseReviewSummary> summaries(Caller caller, Set<Long> asked, Map<Long, CareTeam> teams) {
        LocalDate today = LocalDate.now(clock);
        List<AuditEvent> events = new ArrayList<>();
        Map<Long, Boolean> awaitsReader = new HashMap<>();
        for (long clientId : asked) {
            CareTeam team = teams.get(clientId);
            PlanAccess view = team == null ? null
                    : AccessPolicy.mayOnPlan(caller, PlanOperation.VIEW_CASE_REVIEW, team, today);
            Decision decision = view == null ? Decision.refuse("not on this client's care team") : view.decision();
            events.add(audit.event(caller, PlanOperation.VIEW_CASE_REVIEW.name(), decision)
                    .record("CaseReview", null).client(clientId).build());
            if (decision.allowed()) {
                awaitsReader.put(clientId,
                        AccessPolicy.mayOnPlan(caller, PlanOperation.ANSWER_RECOMMENDATION, team, today).allowed());
            }
        }
        audit.record(events);
        Set<Long> allowed = awaitsReader.keySet();
        if (allowed.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Recommendation>> open = new HashMap<>();
        reviews.openRecommendationsOf(allowed)
                .forEach(recommendation -> open.computeIfAbsent(recommendation.clientId(), id -> new ArrayList<>())
                        .add(recommendation));
        Map<Long, LocalDate> lastReviewed = reviews.lastReviewedOn(allowed);
        Map<Long, CaseReviewSummary> summaries = new HashMap<>();
        for (long clientId : allowed) {
            List<Recommendation> waiting = open.getOrDefault(clientId, List.of());
            Set<RecommendationKind> kinds = EnumSet.noneOf(RecommendationKind.class);
            waiting.forEach(recommendation -> kinds.add(recommendation.kind()));
            summaries.put(clientId, new CaseReviewSummary(clientId, waiting.size(),
                    waiting.isEmpty() ? null : waiting.get(0).recommendedAt(), Collections.unmodifiableSet(kinds),
                    !waiting.isEmpty() && awaitsReader.get(clientId), lastReviewed.get(clientId)));
        }
        return Map.copyOf(summaries);
    }
}
