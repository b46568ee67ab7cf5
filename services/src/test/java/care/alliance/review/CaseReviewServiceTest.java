package care.alliance.review;

import static care.alliance.team.SmallClinic.LENA;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.testing.ClinicDatabase.TODAY;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.Caller;
import care.alliance.access.NotFound;
import care.alliance.goal.ChangedMeanwhile;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import care.alliance.team.SmallClinic;
import care.alliance.team.SmallClinic.Person;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.ClinicDatabase.Attempt;
import care.alliance.testing.FixedCaller;
import care.alliance.testing.Together;
import care.alliance.team.JpaCareTeams;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The case review service against a migrated database: what the plan shows in which order, bad
 * input refused with nothing stored, an unknown recommendation audited and not found, two answers
 * given at once (one kept, the other told), and the registry's batched read in a fixed number of
 * queries however many clients it is asked about.
 */
class CaseReviewServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private ClinicDatabase database;
    private SmallClinic clinic;
    private long alex;

    @BeforeEach
    void openTheClinic() {
        database = ClinicDatabase.migrated();
        clinic = SmallClinic.openIn(database);
        alex = clinic.clientId(Person.ALEX);
    }

    @AfterEach
    void closeTheClinic() {
        database.close();
    }

    private <T> T as(Caller caller, Function<CaseReviewService, T> call) {
        return database.call(() -> call.apply(database.caseReviewService(caller)));
    }

    private RecommendationView recommended(String text) {
        return as(PRIYA, service -> service.recommend(alex, RecommendationKind.MEDICATION_CHANGE, text));
    }

    private long stored(String table) {
        return database.count("select count(*) from " + table + " where client_id = " + alex);
    }

    @Test
    void thePlanShowsTheLastReviewOpenRecommendationsOldestFirstAndTheAnsweredOnes() {
        as(PRIYA, service -> service.markReviewed(alex, TODAY.minusDays(14), "First look: PHQ-9 17."));
        as(PRIYA, service -> service.markReviewed(alex, TODAY, "Still 16; no response at ten weeks."));
        RecommendationView first = recommended("Consider raising sertraline to 100 mg.");
        RecommendationView second = as(PRIYA, service -> service.recommend(alex, RecommendationKind.REFERRAL,
                "Refer to the sleep clinic."));
        RecommendationView third = as(PRIYA, service -> service.recommend(alex, RecommendationKind.TREATMENT_CHANGE,
                "Weekly CBT instead of fortnightly."));
        as(LENA, service -> service.answer(second.id(), second.version(), RecommendationStatus.DECLINED,
                "Seen by the sleep clinic last year; Alex does not want to go back."));

        CaseReviewsView view = as(SAM, service -> service.caseReviewOf(alex));

        assertEquals(TODAY, view.lastReview().orElseThrow().reviewedOn());
        assertEquals("priya.patel", view.lastReview().orElseThrow().reviewedBy());
        assertEquals(List.of(first.id(), third.id()), view.open().stream().map(RecommendationView::id).toList(),
                "open ones, the longest waiting first");
        assertEquals(List.of(second.id()), view.answered().stream().map(RecommendationView::id).toList());
        RecommendationView declined = view.answered().get(0);
        assertEquals(RecommendationStatus.DECLINED, declined.status());
        assertEquals("lena.fischer", declined.answeredBy());
        assertEquals(List.of("Lena Fischer, NP"), view.answeredByClinicians());
        assertFalse(view.mayReview(), "the therapist reads only");
        assertFalse(view.mayAnswer(), "the therapist reads only");
    }

    @Test
    void aReviewDatedTomorrowIsRefusedAndNothingIsStored() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> as(PRIYA, service -> service.markReviewed(alex, TODAY.plusDays(1), null)));
        assertEquals("reviewedOn", refused.field().orElseThrow());
        assertThrows(InvalidInput.class, () -> as(PRIYA, service -> service.markReviewed(alex,
                LocalDate.of(20255, 1, 1), null)));
        assertThrows(InvalidInput.class, () -> as(PRIYA, service -> service.markReviewed(alex, TODAY, "<b>x</b>")));
        assertEquals(0, stored("case_review"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "<script>alert(1)</script>", "nul\u0000", "&#60;b&#62;"})
    void aRecommendationThatIsNotPlainTextIsRefusedAndNothingIsStored(String text) {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> as(PRIYA, service -> service.recommend(alex, RecommendationKind.OTHER, text)));
        assertEquals("recommendationText", refused.field().orElseThrow());
        assertEquals(0, stored("recommendation"));
    }

    @Test
    void aRecommendationWithoutAKindIsRefused() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> as(PRIYA, service -> service.recommend(alex, null, "Something")));
        assertEquals("recommendationKind", refused.field().orElseThrow());
        assertEquals(0, stored("recommendation"));
    }

    @Test
    void declineWithoutAReasonLeavesTheRecommendationOpen() {
        RecommendationView open = recommended("Consider raising sertraline to 100 mg.");

        InvalidInput refused = assertThrows(InvalidInput.class, () -> as(LENA, service -> service.answer(open.id(),
                open.version(), RecommendationStatus.DECLINED, "  ")));

        assertEquals("declineWhy", refused.field().orElseThrow());
        assertEquals(List.of("OPEN", "0"), database.row("select status, version from recommendation where id = "
                + open.id()));
    }

    @Test
    void anAnsweredRecommendationIsNotAnsweredAgain() {
        RecommendationView open = recommended("Consider raising sertraline to 100 mg.");
        RecommendationView accepted = as(LENA, service -> service.answer(open.id(), open.version(),
                RecommendationStatus.ACCEPTED, null));

        assertThrows(ChangeRefused.class, () -> as(LENA, service -> service.answer(open.id(), accepted.version(),
                RecommendationStatus.DECLINED, "Second thoughts.")));
        ChangedMeanwhile stale = assertThrows(ChangedMeanwhile.class, () -> as(LENA, service -> service.answer(open.id(),
                open.version(), RecommendationStatus.DECLINED, "From an old tab.")));
        assertEquals("While you were writing, lena.fischer answered this recommendation. Your answer was not saved;"
                + " read theirs first.", stale.getMessage());
        assertEquals(List.of("ACCEPTED", "1"), database.row("select status, version from recommendation where id = "
                + open.id()));
    }

    @Test
    void anUnknownRecommendationIsNotFoundAndTheAttemptIsAudited() {
        long mark = database.lastAuditEventId();

        assertThrows(NotFound.class, () -> as(LENA, service -> service.answer(987654, 0, RecommendationStatus.ACCEPTED,
                null)));

        List<AuditRow> events = database.auditEventsAfter(mark);
        assertEquals(1, events.size());
        assertEquals(List.of("ANSWER_RECOMMENDATION", "REFUSED", "no such record"),
                List.of(events.get(0).action(), events.get(0).outcome(), events.get(0).reason()));
    }

    @Tag("race")
    @Test
    void twoAnswersGivenAtOnceKeepOneAndTellTheOther() {
        for (int round = 1; round <= 5; round++) {
            RecommendationView open = recommended("Round " + round + ": consider raising sertraline.");
            List<RecommendationStatus> outcomes = List.of(RecommendationStatus.ACCEPTED, RecommendationStatus.DECLINED);
            Together bothAreAnswering = Together.of(outcomes.size());
            List<Supplier<RecommendationView>> answers = outcomes.stream()
                    .<Supplier<RecommendationView>>map(outcome -> () -> answeringTogether(bothAreAnswering)
                            .answer(open.id(), open.version(), outcome, "Answered " + outcome))
                    .toList();

            List<Attempt<RecommendationView>> attempts = database.callTogether(answers, PATIENCE);

            bothAreAnswering.assertEveryoneArrived();

            List<Attempt<RecommendationView>> kept = attempts.stream().filter(Attempt::succeeded).toList();
            assertEquals(1, kept.size(), "round " + round + ": one answer kept, " + attempts);
            int round0 = round;
            assertAll(attempts.stream().filter(attempt -> !attempt.succeeded()).map(attempt -> () -> assertTrue(
                    attempt.failure() instanceof ChangedMeanwhile,
                    "round " + round0 + ": told of the other answer, not failed: " + attempt.failure())));
            RecommendationStatus winner = kept.get(0).result().status();
            assertEquals(List.of(winner.name(), "Answered " + winner, "1"), database.row(
                    "select status, answer, version from recommendation where id = " + open.id()),
                    "the kept answer is stored whole");
        }
    }

    @Test
    void theRegistrysBatchedReadTakesThreeQueriesHoweverManyClients() {
        long blake = clinic.clientId(Person.BLAKE);
        long casey = clinic.clientId(Person.CASEY);
        recommended("Consider raising sertraline to 100 mg.");
        as(PRIYA, service -> service.recommend(alex, RecommendationKind.REFERRAL, "Refer to the sleep clinic."));
        as(PRIYA, service -> service.markReviewed(alex, TODAY.minusDays(3), null));
        as(PRIYA, service -> service.markReviewed(alex, TODAY.minusDays(1), null));

        Statistics statistics = database.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        long mark = database.lastAuditEventId();
        Map<Long, CaseReviewSummary> rows = as(MARIA, service -> service.openRecommendationsFor(List.of(alex, blake,
                casey)));
        // the audit events are written too, as one batch
        long queries = statistics.getQueryExecutionCount();
        statistics.setStatisticsEnabled(false);

        assertEquals(3, queries, "the clients' teams, the open recommendations and the last reviews");
        CaseReviewSummary alexs = rows.get(alex);
        assertEquals(2, alexs.openRecommendations());
        assertEquals(Set.of(RecommendationKind.MEDICATION_CHANGE, RecommendationKind.REFERRAL), alexs.openKinds());
        assertEquals(TODAY.minusDays(1), alexs.lastReviewedOn());
        assertFalse(alexs.awaitsReader(), "for primary care, not the care manager");
        CaseReviewSummary blakes = rows.get(blake);
        assertEquals(0, blakes.openRecommendations());
        assertNull(blakes.lastReviewedOn());
        assertEquals(Set.of(alex, blake), rows.keySet(), "Maria is not on Casey's team");
        List<AuditRow> events = database.auditEventsAfter(mark);
        assertEquals(List.of("ALLOWED", "ALLOWED", "REFUSED"), events.stream().map(AuditRow::outcome).toList(),
                "each client audited");
        assertEquals(List.of(alex, blake, casey), events.stream().map(AuditRow::clientId).toList());

        assertTrue(as(LENA, service -> service.openRecommendationsFor(List.of(alex))).get(alex).awaitsReader(),
                "the team's primary care is waited for");
    }

    /**
     * Primary care's answers as usual, except that both answers are on their way, about to take the
     * recommendation's lock, before either takes it: the moment the lock is there for.
     */
    private CaseReviewService answeringTogether(Together bothAreAnswering) {
        CaseReviews reviews = new JpaCaseReviews(database.entityManager()) {
            @Override
            public Optional<Recommendation> findRecommendation(long recommendationId) {
                bothAreAnswering.waitForEveryone();
                return super.findRecommendation(recommendationId);
            }
        };
        return CaseReviewServiceWiring.wire(reviews, new JpaCareTeams(database.entityManager(), database.thisTransaction()),
                database.carePlanAccess(LENA), new FixedCaller(LENA), database.auditTrail(),
                Clock.tick(database.runningClock(), Duration.ofNanos(1000)));
    }
}
