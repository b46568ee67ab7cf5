package care.alliance.measure;

import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.BLAKE_PORTAL;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.OMAR;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.team.SmallClinic.Person.ALEX;
import static care.alliance.team.SmallClinic.Person.BLAKE;
import static care.alliance.testing.ClinicDatabase.TODAY;
import static care.alliance.testing.PlanCallers.CALLERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.AccessRefused;
import care.alliance.access.NotFound;
import care.alliance.goal.ChangedMeanwhile;
import care.alliance.goal.Party;
import care.alliance.rules.InvalidInput;
import care.alliance.team.CaseloadEntry;
import care.alliance.team.SmallClinic;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.PlanCallers.Someone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Measures through {@link MeasureService}, with real persistence: what the client fills in and
 * what the team enters from paper, the safety flag item 9 raises and its follow-up, the episode
 * summary, what is due, and bad input refused with nothing stored. Stored rows are read back
 * through plain JDBC.
 */
class MeasureServiceTest {

    private static final List<Integer> ITEM_9_AT_ONE = List.of(2, 2, 1, 1, 1, 0, 1, 0, 1);
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private ClinicDatabase database;
    private long alex;
    private long blake;

    @BeforeEach
    void openTheClinic() {
        database = ClinicDatabase.migrated();
        SmallClinic clinic = SmallClinic.openIn(database);
        alex = clinic.clientId(ALEX);
        blake = clinic.clientId(BLAKE);
    }

    @AfterEach
    void closeTheClinic() {
        database.close();
    }

    private MeasureResultView alexFillsIn(List<Integer> answers) {
        return database.call(() -> database.measureService(ALEX_PORTAL).fillIn(alex, Instrument.PHQ_9, answers,
                Difficulty.SOMEWHAT_DIFFICULT));
    }

    private long stored() {
        return database.count("select count(*) from measure_result") + database.count("select count(*) from safety_flag")
                + database.count("select count(*) from measure_schedule");
    }

    @Test
    void item9AboveZeroRaisesTheFlagForTheTeamInTheSameCall() {
        MeasureResultView result = alexFillsIn(ITEM_9_AT_ONE);

        assertTrue(result.raisedSafetyFlag(), "the portal shows the crisis resources");
        MeasuresView measures = database.call(() -> database.measureService(SAM).measuresOf(alex));
        SafetyFlagView flag = measures.openSafetyFlag().orElseThrow();
        assertEquals(result.id(), flag.resultId());
        assertEquals(result.recordedAt(), flag.raisedAt(), "raised the moment the answers were recorded");
        assertEquals(1, flag.itemAnswer());
        assertFalse(flag.closed());
    }

    @Test
    void item9AtZeroRaisesNoFlag() {
        MeasureResultView result = alexFillsIn(List.of(3, 3, 3, 3, 3, 3, 3, 3, 0));

        assertFalse(result.raisedSafetyFlag());
        assertEquals(Severity.SEVERE, result.severity());
        assertEquals(0, database.count("select count(*) from safety_flag"));
    }

    @Test
    void theFollowUpClosesTheFlagAndTheTimeOpenStopsThere() {
        alexFillsIn(ITEM_9_AT_ONE);
        SafetyFlagView open = database.call(() -> database.measureService(SAM).openSafetyFlags()).get(0);

        SafetyFlagView closed = database.call(() -> database.measureService(SAM).closeSafetyFlag(open.id(),
                open.version(), open.raisedAt(), "Passive thoughts, no plan or intent; safety plan reviewed",
                FollowUpOutcome.SAFETY_PLAN_REVIEWED));

        assertTrue(closed.closed());
        assertEquals("sam.rivera", closed.followedUpBy());
        assertEquals(Party.PSYCHOTHERAPY, closed.followedUpByParty());
        assertEquals(Duration.between(closed.raisedAt(), closed.closedAt()), closed.timeOpen());
        assertEquals(List.of(), database.call(() -> database.measureService(SAM).openSafetyFlags()));
        assertEquals(Optional.empty(), database.call(() -> database.measureService(MARIA).measuresOf(alex))
                .openSafetyFlag());
    }

    @Test
    void aFollowUpOnAFlagSomeoneElseClosedMeanwhileIsNotSaved() {
        alexFillsIn(ITEM_9_AT_ONE);
        SafetyFlagView open = database.call(() -> database.measureService(SAM).openSafetyFlags()).get(0);
        database.call(() -> database.measureService(MARIA).closeSafetyFlag(open.id(), open.version(), open.raisedAt(),
                "Reached by phone", FollowUpOutcome.NO_CURRENT_RISK));

        ChangedMeanwhile refused = assertThrows(ChangedMeanwhile.class, () -> database.call(() -> database
                .measureService(SAM).closeSafetyFlag(open.id(), open.version(), open.raisedAt(), "Also reached",
                        FollowUpOutcome.SAFETY_PLAN_REVIEWED)));

        assertTrue(refused.getMessage().contains("maria.gomez"), refused.getMessage());
        assertEquals("maria.gomez", database.text("select followed_up_by from safety_flag where id = " + open.id()));
    }

    @Test
    void aClientReachedLaterThanNowIsRefusedAndTheFlagStaysOpen() {
        alexFillsIn(ITEM_9_AT_ONE);
        SafetyFlagView open = database.call(() -> database.measureService(SAM).openSafetyFlags()).get(0);

        InvalidInput refused = assertThrows(InvalidInput.class, () -> database.call(() -> database.measureService(SAM)
                .closeSafetyFlag(open.id(), open.version(), Instant.now().plus(Duration.ofDays(400)), "Reached",
                        FollowUpOutcome.NO_CURRENT_RISK)));

        assertEquals(Optional.of("clientReachedAt"), refused.field());
        assertEquals("When the client was reached cannot be later than now.", refused.message(Locale.ENGLISH));
        assertEquals("Cuándo se contactó al cliente no puede ser posterior a ahora.", refused.message(SPANISH));
        assertEquals(1, database.count("select count(*) from safety_flag where closed_at is null"));
    }

    @Test
    void anUnknownFlagIsNotFound() {
        assertThrows(NotFound.class, () -> database.call(() -> database.measureService(SAM).closeSafetyFlag(999_999L,
                0, Instant.now(), "Reached", FollowUpOutcome.NO_CURRENT_RISK)));
    }

    @Test
    void anAnswerOfFourIsRefusedBesideItsItemAndNothingIsStored() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> alexFillsIn(List.of(0, 1, 4, 0, 0, 0, 0, 0, 0)));

        assertEquals(Optional.of("item3"), refused.field());
        assertEquals("La pregunta 3 tiene la respuesta 4; una respuesta va de 0 (nunca) a 3 (casi todos los días).",
                refused.message(SPANISH));
        assertEquals(0, stored());
    }

    @Test
    void aMissingItemIsRefusedBesideItAndNothingIsStored() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> alexFillsIn(new ArrayList<>(Arrays.asList(1, 1, 1, 1, 1, 1, 1, null, 1))));

        assertEquals(Optional.of("item8"), refused.field());
        assertEquals("Question 8 has no answer yet; every question needs one.", refused.message(Locale.ENGLISH));
        assertEquals(0, stored());
    }

    @Test
    void aClientsScoreForAnotherClientIsRefusedAndNothingIsStored() {
        AccessRefused refused = assertThrows(AccessRefused.class, () -> database.call(() -> database
                .measureService(BLAKE_PORTAL).fillIn(alex, Instrument.PHQ_9, ITEM_9_AT_ONE,
                        Difficulty.SOMEWHAT_DIFFICULT)));

        assertEquals("This is not yours to see or change: another client's plan.", refused.getMessage());
        assertEquals(0, stored());
    }

    @Test
    void aPaperFormDatedInTheFutureIsRefusedAndNothingIsStored() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> database.call(() -> database.measureService(SAM)
                .enterFromPaper(alex, Instrument.GAD_7, List.of(1, 1, 1, 1, 1, 1, 1), Difficulty.SOMEWHAT_DIFFICULT,
                        TODAY.plusDays(1))));

        assertEquals(Optional.of("completedOn"), refused.field());
        assertEquals("El día en que el cliente lo completó no puede ser posterior a hoy.", refused.message(SPANISH));
        assertEquals(0, stored());
    }

    @Test
    void aScheduleOutsideOneToTwentySixWeeksIsRefusedAndNothingIsStored() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> database.call(() -> database.measureService(MARIA)
                .changeSchedule(alex, Instrument.PHQ_9, 0)));

        assertEquals(Optional.of("everyWeeks"), refused.field());
        assertEquals(0, stored());
    }

    @Test
    void theEpisodeReadsBaselineLatestChangeAndStatus() {
        enterForAlex(TODAY.minusWeeks(8), List.of(3, 3, 2, 2, 2, 2, 2, 2, 0));
        enterForAlex(TODAY.minusWeeks(4), List.of(2, 2, 2, 1, 1, 1, 1, 1, 0));
        enterForAlex(TODAY.minusDays(1), List.of(1, 1, 1, 1, 1, 1, 1, 1, 0));

        EpisodeView episode = database.call(() -> database.measureService(PRIYA).measuresOf(alex))
                .episode(Instrument.PHQ_9).orElseThrow();

        assertEquals(18, episode.baselineTotal());
        assertEquals(Severity.MODERATELY_SEVERE, episode.baselineSeverity());
        assertEquals(8, episode.latestTotal());
        assertEquals(Severity.MILD, episode.latestSeverity());
        assertEquals(-10, episode.change());
        assertEquals(3, episode.scores());
        assertEquals(EpisodeStatus.RESPONSE, episode.status());
        assertEquals(TODAY.minusWeeks(8), episode.startedOn(), "the episode began with its baseline");
        assertEquals(8, episode.weeksInCare());
    }

    @Test
    void noResponseAfterTenWeeksInCareIsNotImproving() {
        enterForAlex(TODAY.minusWeeks(12), List.of(2, 2, 2, 2, 2, 2, 2, 0, 0));
        enterForAlex(TODAY.minusWeeks(1), List.of(2, 2, 2, 2, 1, 1, 1, 0, 0));

        assertEquals(EpisodeStatus.NOT_IMPROVING, database.call(() -> database.measureService(SAM).measuresOf(alex))
                .episode(Instrument.PHQ_9).orElseThrow().status());
    }

    @Test
    void aMeasureIsDueUntilFilledInThenTwoWeeksLaterOrAsTheTeamSets() {
        assertEquals(List.of(DueStatus.OVERDUE, DueStatus.OVERDUE), database.call(() -> database
                .measureService(ALEX_PORTAL).dueFor(alex)).stream().map(DueView::status).toList(),
                "never filled in, months into care");

        alexFillsIn(List.of(1, 1, 1, 1, 0, 0, 0, 0, 0));
        DueView phq9 = database.call(() -> database.measureService(ALEX_PORTAL).dueFor(alex)).get(0);
        assertEquals(DueStatus.NOT_DUE, phq9.status());
        assertEquals(TODAY.plusWeeks(2), phq9.nextDueOn());

        DueView changed = database.call(() -> database.measureService(MARIA).changeSchedule(alex, Instrument.PHQ_9, 4));
        assertEquals(TODAY.plusWeeks(4), changed.nextDueOn());
        assertEquals(4, database.call(() -> database.measureService(ALEX_PORTAL).dueFor(alex)).get(0).everyWeeks());
        assertEquals(List.of("4", "maria.gomez"), database.row("select every_weeks, changed_by from measure_schedule"));
    }

    @Test
    void aPaperFormSaysWhoEnteredItFromPaper() {
        MeasureResultView result = enterForAlex(TODAY.minusDays(3), List.of(1, 1, 1, 1, 1, 1, 1, 1, 0));

        assertEquals(MeasureSource.PAPER, result.source());
        assertEquals(List.of("PAPER", "priya.patel", "PSYCHIATRY", TODAY.minusDays(3).toString()),
                database.row("select source, recorded_by, recorded_by_party, cast(completed_on as varchar) from measure_result"));
    }

    @Test
    void aQuestionnaireSentByTheClientIsTheirOwnAndByAClinicianAPaperFormWithTheSameSafetyFlag() {
        MeasureResultView own = database.call(() -> database.measureService(ALEX_PORTAL).send(alex, Instrument.PHQ_9,
                ITEM_9_AT_ONE, Difficulty.SOMEWHAT_DIFFICULT, null));
        MeasureResultView paper = database.call(() -> database.measureService(SAM).send(alex, Instrument.PHQ_9,
                ITEM_9_AT_ONE, Difficulty.SOMEWHAT_DIFFICULT, TODAY.minusDays(2)));

        assertEquals(MeasureSource.PORTAL, own.source());
        assertEquals(MeasureSource.PAPER, paper.source());
        assertTrue(own.raisedSafetyFlag() && paper.raisedSafetyFlag());
        assertEquals(2, database.count("select count(*) from safety_flag"));
    }

    @Test
    void aClientSendsNoDayOfTheirOwnAndIsToldBesideCompletedOn() {
        long before = stored();

        InvalidInput refused = assertThrows(InvalidInput.class, () -> database.call(() ->
                database.measureService(ALEX_PORTAL).send(alex, Instrument.GAD_7, List.of(0, 0, 0, 0, 0, 0, 0), null,
                        TODAY.minusDays(1))));

        assertEquals(Optional.of(MeasureResult.COMPLETED_ON_FIELD), refused.field());
        assertEquals(before, stored());
    }

    @Test
    void theClientReadsTheirTotalsWithoutItemAnswersAndTheTeamEveryAnswer() {
        alexFillsIn(List.of(1, 1, 1, 1, 1, 1, 1, 1, 0));

        ReadableScores client = database.call(() -> database.measureService(ALEX_PORTAL).scoresOf(alex));
        ReadableScores team = database.call(() -> database.measureService(SAM).scoresOf(alex));

        assertFalse(client.itemAnswersShown());
        assertEquals(List.of(8), client.totals().stream().map(ScoreView::total).toList());
        assertTrue(client.results().isEmpty());
        assertTrue(team.itemAnswersShown());
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1, 0), team.results().get(0).answers());
        assertThrows(AccessRefused.class, () -> database.call(() -> database.measureService(BLAKE_PORTAL).scoresOf(alex)));
    }

    static Stream<Someone> everyKindOfCaller() {
        return CALLERS.stream();
    }

    /**
     * The open flags of a whole caseload: a clinician reads those of the clients whose team they
     * are on today and no other; clients, clinic IT and someone without a role read none. Each
     * flag read is audited against its client.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfCaller")
    void theOpenFlagsOfACaseloadAreThoseOfTheClientsOnTheCallersTeamsToday(Someone who) {
        alexFillsIn(ITEM_9_AT_ONE);
        database.call(() -> database.measureService(BLAKE_PORTAL).fillIn(blake, Instrument.PHQ_9, ITEM_9_AT_ONE,
                Difficulty.SOMEWHAT_DIFFICULT));
        long mark = database.lastAuditEventId();

        if (!who.caller().isClinician()) {
            assertThrows(AccessRefused.class, () -> database.call(() -> database.measureService(who.caller())
                    .openSafetyFlags()));
            List<AuditRow> events = database.auditEventsAfter(mark);
            assertEquals(1, events.size());
            assertEquals("REFUSED", events.get(0).outcome());
            assertEquals(null, events.get(0).clientId(), "no client named");
            return;
        }
        List<SafetyFlagView> flags = database.call(() -> database.measureService(who.caller()).openSafetyFlags());

        List<Long> expected = database.ids("select f.id from safety_flag f where f.closed_at is null and f.client_id in"
                + " (select t.client_id from care_team t join care_team_member m on m.care_team_id = t.id"
                + " join staff_member s on s.id = m.staff_member_id where s.username = '" + who.caller().username()
                + "' and m.starts_on <= date '" + TODAY + "' and (m.ends_on is null or m.ends_on >= date '" + TODAY
                + "')) order by f.raised_at, f.id");
        assertEquals(expected, flags.stream().map(SafetyFlagView::id).toList());
        List<AuditRow> events = database.auditEventsAfter(mark);
        assertEquals(Math.max(1, expected.size()), events.size());
        assertTrue(events.stream().allMatch(event -> event.outcome().equals("ALLOWED")
                && event.action().equals("VIEW_OPEN_SAFETY_FLAGS")));
        assertEquals(flags.stream().map(SafetyFlagView::clientId).toList(),
                events.stream().map(AuditRow::clientId).filter(id -> id != null).toList(), "each flag's client audited");
    }

    private MeasureResultView enterForAlex(java.time.LocalDate on, List<Integer> answers) {
        return database.call(() -> database.measureService(PRIYA).enterFromPaper(alex, Instrument.PHQ_9, answers,
                Difficulty.SOMEWHAT_DIFFICULT, on));
    }

    /**
     * An open safety flag puts its client first on the caseload of everyone on the client's team,
     * with the time it was raised; a clinician on no team of a flagged client sees no flag.
     */
    @Test
    void aClientWithAnOpenSafetyFlagComesFirstOnTheTeamsCaseloads() {
        List<CaseloadEntry> before = database.call(() -> database.careTeamService(MARIA).myCaseload(ClinicDatabase.EVERY_CLIENT).entries());
        assertEquals(blake, before.get(0).team().clientId(), "without flags, Blake Chen comes before Alex Morgan");
        assertTrue(before.stream().noneMatch(CaseloadEntry::isSafetyFlag));

        alexFillsIn(ITEM_9_AT_ONE);
        SafetyFlagView raised = database.call(() -> database.measureService(MARIA).openSafetyFlags()).get(0);
        List<CaseloadEntry> marias = database.call(() -> database.careTeamService(MARIA).myCaseload(ClinicDatabase.EVERY_CLIENT).entries());
        List<CaseloadEntry> omars = database.call(() -> database.careTeamService(OMAR).myCaseload(ClinicDatabase.EVERY_CLIENT).entries());

        assertEquals(alex, marias.get(0).team().clientId());
        assertEquals(raised.raisedAt(), marias.get(0).safetyFlagRaisedAt());
        assertEquals(List.of(true, false), marias.stream().map(CaseloadEntry::isSafetyFlag).toList());
        assertTrue(omars.stream().noneMatch(CaseloadEntry::isSafetyFlag), "Omar is on Blake's team, not Alex's");
    }

}
