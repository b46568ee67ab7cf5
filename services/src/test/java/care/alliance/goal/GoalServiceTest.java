package care.alliance.goal;

import static care.alliance.goal.GoalDesk.content;
import static care.alliance.goal.GoalDesk.saying;
import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.LENA;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.ROBIN_IT;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.team.SmallClinic.Person.ALEX;
import static care.alliance.team.SmallClinic.Person.ELI;
import static care.alliance.team.Discipline.CARE_MANAGEMENT;
import static care.alliance.team.Discipline.PSYCHIATRY;
import static care.alliance.team.Discipline.PSYCHOTHERAPY;
import static care.alliance.testing.ClinicDatabase.NOW;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import care.alliance.access.NotFound;
import care.alliance.goal.GoalDesk.Audited;
import care.alliance.goal.GoalDesk.Event;
import care.alliance.goal.GoalDesk.StoredGoal;
import care.alliance.goal.GoalDesk.Totals;
import care.alliance.goal.GoalHistory.Revision;
import care.alliance.goal.GoalView.Answer;
import care.alliance.rules.ChangeRefused;
import care.alliance.team.SmallClinic;
import care.alliance.testing.ClinicDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Setting a goal together, through {@link GoalService} with real persistence: H2 migrated by Flyway,
 * the production persistence unit, each call in its own transaction, as in the container. Every
 * result that matters is read back from the database afterwards, in a transaction of its own or
 * through plain JDBC, never from the entities the call left behind.
 */
class GoalServiceTest {

    private static final String FRAMING = "Sleep-onset insomnia within a depressive episode; CBT-I with sleep diary.";

    private static ClinicDatabase database;
    private static GoalDesk desk;
    private static long alex;

    @BeforeAll
    static void openTheClinic() {
        database = ClinicDatabase.migrated();
        desk = new GoalDesk(database, SmallClinic.openIn(database));
        alex = desk.clientId(ALEX);
    }

    @AfterAll
    static void closeTheClinic() {
        database.close();
    }

    // ------------------------------------------------------------------------------- the flow

    @Test
    void aGoalProposedInTheClientsWordsIsDiscussedRevisedAndAgreedByTheClientAndEveryOwningDiscipline() {
        Instant proposedAt = NOW;
        Instant askedAt = NOW.plus(Duration.ofHours(2));
        Instant revisedAt = NOW.plus(Duration.ofDays(1));
        Instant clientAgreedAt = revisedAt.plus(Duration.ofHours(3));
        Instant psychiatryAgreedAt = NOW.plus(Duration.ofDays(2));
        String firstWords = "I want to sleep through the night again";
        String askedFor = "Every night feels out of reach. Falling asleep before midnight would already help.";
        String secondWords = "Fall asleep before midnight on most nights";
        String reason = "Alex asked for a goal within reach: falling asleep before midnight, not every night.";
        GoalContent first = new GoalContent(firstWords, FRAMING, LifeArea.MENTAL_HEALTH,
                Set.of(PSYCHOTHERAPY, PSYCHIATRY), null);
        Target fourNights = new Target("nights asleep before midnight, per week", new BigDecimal("4"),
                Target.Direction.AT_LEAST, LocalDate.of(2026, 6, 1));
        GoalContent second = new GoalContent(secondWords, FRAMING, LifeArea.MENTAL_HEALTH,
                Set.of(PSYCHOTHERAPY, PSYCHIATRY), fourNights);
        long mark = database.lastAuditEventId();

        // Sam, Alex's therapist, proposes the goal in Alex's words; psychotherapy and psychiatry own it.
        GoalView proposed = desk.as(SAM, at(proposedAt), goals -> goals.propose(alex, first));
        assertAll("proposed",
                () -> assertEquals(GoalStatus.PROPOSED, proposed.status()),
                () -> assertEquals(1, proposed.revision()),
                () -> assertEquals(firstWords, proposed.clientWords()),
                () -> assertEquals(Set.of(PSYCHOTHERAPY, PSYCHIATRY), proposed.owners()),
                () -> assertEquals(List.of(Party.CLIENT, Party.PSYCHIATRY), proposed.waitingFor(),
                        "the proposer agreed for psychotherapy; Alex and psychiatry have not answered"),
                () -> assertEquals(new Answer(Party.PSYCHOTHERAPY, Response.AGREE, "sam.rivera", null, proposedAt),
                        answerOf(proposed, Party.PSYCHOTHERAPY)));
        long goal = proposed.id();

        // Alex asks for a change, and says what.
        GoalView asked = desk.as(ALEX_PORTAL, at(askedAt),
                goals -> goals.respond(goal, proposed.version(), Response.ASK_FOR_CHANGE, askedFor));
        assertEquals(GoalStatus.PROPOSED, asked.status());
        assertEquals(new Answer(Party.CLIENT, Response.ASK_FOR_CHANGE, "alex.morgan", askedFor, askedAt),
                answerOf(asked, Party.CLIENT));
        assertTrue(asked.version() > proposed.version(), "an answer is a change of the goal");

        // Sam revises it, with the version Sam saw after Alex's answer, and says why.
        GoalView revised = desk.as(SAM, at(revisedAt), goals -> goals.revise(goal, asked.version(), second, reason));
        assertAll("revised",
                () -> assertEquals(GoalStatus.PROPOSED, revised.status(), "a goal never agreed stays proposed"),
                () -> assertEquals(2, revised.revision()),
                () -> assertEquals(secondWords, revised.clientWords()),
                () -> assertEquals(List.of(Party.CLIENT, Party.PSYCHIATRY), revised.waitingFor(),
                        "Alex's answer was to the first revision; the new one asks everyone again"),
                () -> assertNull(answerOf(revised, Party.CLIENT).response(), "Alex has not answered revision 2"));

        // Alex agrees; then psychiatry does, and the goal is agreed.
        GoalView clientAgreed = desk.as(ALEX_PORTAL, at(clientAgreedAt),
                goals -> goals.respond(goal, revised.version(), Response.AGREE, null));
        assertEquals(GoalStatus.PROPOSED, clientAgreed.status(), "psychiatry has not agreed yet");
        assertEquals(List.of(Party.PSYCHIATRY), clientAgreed.waitingFor());
        GoalView agreed = desk.as(PRIYA, at(psychiatryAgreedAt),
                goals -> goals.respond(goal, clientAgreed.version(), Response.AGREE, "Fits the sleep plan."));
        assertEquals(GoalStatus.AGREED, agreed.status());
        assertEquals(List.of(), agreed.waitingFor());

        // Read back from the database, in a transaction of its own.
        GoalHistory history = desk.as(PRIYA, goals -> goals.historyOf(goal));
        GoalView stored = history.goal();
        assertAll("the goal as stored",
                () -> assertEquals(GoalStatus.AGREED, stored.status()),
                () -> assertEquals(agreed.version(), stored.version()),
                () -> assertEquals(alex, stored.clientId()),
                () -> assertEquals(2, stored.revision()),
                () -> assertEquals(secondWords, stored.clientWords()),
                () -> assertEquals(FRAMING, stored.clinicalFraming()),
                () -> assertEquals(new GoalView.TargetView("nights asleep before midnight, per week",
                        new BigDecimal("4.00"), Target.Direction.AT_LEAST, LocalDate.of(2026, 6, 1), null), stored.target()),
                () -> assertEquals("priya.patel", stored.lastChangedBy()),
                () -> assertEquals(psychiatryAgreedAt, stored.lastChangedAt()),
                () -> assertEquals(List.of(
                        new Answer(Party.CLIENT, Response.AGREE, "alex.morgan", null, clientAgreedAt),
                        new Answer(Party.PSYCHIATRY, Response.AGREE, "priya.patel", "Fits the sleep plan.", psychiatryAgreedAt),
                        new Answer(Party.PSYCHOTHERAPY, Response.AGREE, "sam.rivera", null, revisedAt)),
                        stored.answers(), "every party agreed to revision 2"));
        assertEquals(List.of(
                        new Revision(1, firstWords, "sam.rivera", Party.PSYCHOTHERAPY, proposedAt, null, List.of()),
                        new Revision(2, secondWords, "sam.rivera", Party.PSYCHOTHERAPY, revisedAt, reason, List.of(
                                new GoalContent.Change("clientWords", firstWords, secondWords),
                                new GoalContent.Change("target", "",
                                        "nights asleep before midnight, per week at least 4 by 2026-06-01")))),
                history.revisions(), "two revisions, each with author, time and reason, and what changed in the client's words");
        assertEquals(List.of(
                        new Answer(Party.PSYCHOTHERAPY, Response.AGREE, "sam.rivera", null, proposedAt),
                        new Answer(Party.CLIENT, Response.ASK_FOR_CHANGE, "alex.morgan", askedFor, askedAt),
                        new Answer(Party.PSYCHOTHERAPY, Response.AGREE, "sam.rivera", null, revisedAt),
                        new Answer(Party.CLIENT, Response.AGREE, "alex.morgan", null, clientAgreedAt),
                        new Answer(Party.PSYCHIATRY, Response.AGREE, "priya.patel", "Fits the sleep plan.", psychiatryAgreedAt)),
                history.answers(), "every answer is kept, in the order given");

        StoredGoal row = desk.stored(goal);
        assertEquals(new StoredGoal(agreed.version(), "AGREED", "priya.patel", List.of(firstWords, secondWords), 5), row,
                "the rows in the database, read through JDBC");
        assertEquals(List.of(1, 2), desk.revisionNumbers(goal));
        assertEquals(List.of(
                        Event.of(SAM, "PROPOSE_GOAL", "Goal", null, alex, "ALLOWED"),
                        Event.of(ALEX_PORTAL, "RESPOND_TO_GOAL", "Goal", goal, alex, "ALLOWED"),
                        Event.of(SAM, "REVISE_GOAL", "Goal", goal, alex, "ALLOWED"),
                        Event.of(ALEX_PORTAL, "RESPOND_TO_GOAL", "Goal", goal, alex, "ALLOWED"),
                        Event.of(PRIYA, "RESPOND_TO_GOAL", "Goal", goal, alex, "ALLOWED"),
                        Event.of(PRIYA, "VIEW_GOAL_HISTORY", "Goal", goal, alex, "ALLOWED")),
                eventsAfter(mark), "every step is on record");
    }

    @Test
    void theClientReadsNoWordOfTheTeamsClinicalFramingInAnyViewOfTheGoal() {
        String framing = "Avoidance maintained by panic; graded exposure";
        String reframed = "Agoraphobic avoidance; interoceptive exposure first";
        GoalView proposed = desk.as(SAM, goals -> goals.propose(alex, new GoalContent("Take the bus to town",
                framing, LifeArea.DAILY_LIFE, Set.of(PSYCHOTHERAPY), null)));
        GoalView reframedGoal = desk.as(SAM, goals -> goals.revise(proposed.id(), proposed.version(),
                new GoalContent("Take the bus to town", reframed, LifeArea.DAILY_LIFE, Set.of(PSYCHOTHERAPY), null),
                "Sharper formulation after the second session"));

        GoalHistory forAlex = desk.as(ALEX_PORTAL, goals -> goals.historyOf(proposed.id()));
        List<GoalView> alexsGoals = desk.as(ALEX_PORTAL, goals -> goals.goalsOf(alex));
        GoalView answered = desk.as(ALEX_PORTAL, goals -> goals.respond(proposed.id(), reframedGoal.version(),
                Response.AGREE, null));

        String seenByAlex = forAlex + " " + alexsGoals + " " + answered;
        assertAll("nothing of the framing reaches the client",
                () -> assertTrue(!seenByAlex.contains("exposure") && !seenByAlex.contains("panic"), seenByAlex),
                () -> assertNull(forAlex.goal().clinicalFraming()),
                () -> assertTrue(forAlex.revisions().stream().flatMap(revision -> revision.changes().stream())
                        .noneMatch(change -> change.field().equals("clinicalFraming")), "no change to the framing is listed"),
                () -> assertNull(answered.clinicalFraming()));
        assertEquals(reframed, desk.as(SAM, goals -> goals.historyOf(proposed.id())).goal().clinicalFraming(),
                "the team still reads it");
        assertEquals(List.of(new GoalContent.Change("clinicalFraming", framing, reframed)),
                desk.as(PRIYA, goals -> goals.historyOf(proposed.id())).revisions().get(1).changes(),
                "and sees what changed in it");
    }

    @Test
    void aClientsChangeToTheirGoalKeepsTheTeamsFramingTheyNeverSaw() {
        GoalView proposed = desk.as(SAM, goals -> goals.propose(alex, new GoalContent("Cook a meal twice a week",
                FRAMING, LifeArea.DAILY_LIFE, Set.of(PSYCHOTHERAPY), null)));
        GoalView seenByAlex = desk.as(ALEX_PORTAL, goals -> goals.historyOf(proposed.id())).goal();

        desk.as(ALEX_PORTAL, goals -> goals.revise(proposed.id(), seenByAlex.version(),
                new GoalContent("Cook a meal once a week", seenByAlex.clinicalFraming(), seenByAlex.lifeArea(),
                        seenByAlex.owners(), null), "Twice is too much for now"));

        GoalHistory forSam = desk.as(SAM, goals -> goals.historyOf(proposed.id()));
        assertEquals(FRAMING, forSam.goal().clinicalFraming(), "Alex's revision did not erase the framing");
        assertEquals(List.of("clientWords"), forSam.revisions().get(1).changes().stream()
                .map(GoalContent.Change::field).toList());
    }

    @Test
    void theClientsGoalsListEveryGoalOfTheirsAndNoOneElses() {
        GoalView mine = desk.as(MARIA, goals -> goals.propose(alex, content("Go to the Thursday walking group",
                CARE_MANAGEMENT)));
        desk.as(MARIA, goals -> goals.propose(desk.clientId(SmallClinic.Person.BLAKE),
                content("Call my sister every Sunday", CARE_MANAGEMENT)));

        List<GoalView> alexsGoals = desk.as(ALEX_PORTAL, goals -> goals.goalsOf(alex));

        assertTrue(alexsGoals.stream().allMatch(goal -> goal.clientId() == alex), "only Alex's goals");
        assertEquals(desk.goalsOf(ALEX), alexsGoals.size(), "every goal of Alex's in the database");
        assertTrue(alexsGoals.stream().anyMatch(goal -> goal.id() == mine.id()
                && goal.clientWords().equals("Go to the Thursday walking group")));
    }

    // ------------------------------------------------------------------ the goal's own rules

    @Test
    void aTherapistMayNotProposeAMedicationGoalAndNothingIsStored() {
        GoalContent medication = content("Take my sertraline every morning", LifeArea.MEDICATION,
                Set.of(PSYCHIATRY, PSYCHOTHERAPY));
        Totals before = desk.totals();

        ChangeRefused refused = assertThrows(ChangeRefused.class,
                () -> desk.as(SAM, goals -> goals.propose(alex, medication)));

        assertEquals("Medication goals are set and changed by psychiatry or primary care.", refused.getMessage());
        assertEquals(before, desk.totals(), "no goal, revision or answer is stored");
        GoalView byThePsychiatrist = desk.as(PRIYA, goals -> goals.propose(alex, medication));
        assertEquals(LifeArea.MEDICATION, desk.as(PRIYA, goals -> goals.historyOf(byThePsychiatrist.id())).goal().lifeArea(),
                "a prescriber may propose the same goal");
    }

    @Test
    void aTherapistMayNeitherReviseAMedicationGoalNorTurnAGoalIntoOne() {
        GoalContent medication = content("Take my sertraline every morning", LifeArea.MEDICATION,
                Set.of(PSYCHIATRY, PSYCHOTHERAPY));
        GoalView prescribed = desk.as(PRIYA, goals -> goals.propose(alex, medication));
        GoalView walking = desk.as(SAM, goals -> goals.propose(alex, content("Walk after lunch", PSYCHOTHERAPY)));
        StoredGoal prescribedBefore = desk.stored(prescribed.id());
        StoredGoal walkingBefore = desk.stored(walking.id());

        assertThrows(ChangeRefused.class, () -> desk.as(SAM, goals -> goals.revise(prescribed.id(),
                prescribed.version(), saying(medication, "Take my sertraline after breakfast"), "easier to remember")));
        assertThrows(ChangeRefused.class, () -> desk.as(SAM, goals -> goals.revise(walking.id(), walking.version(),
                content("Walk after lunch", LifeArea.MEDICATION, Set.of(PSYCHOTHERAPY)), "it is about medication")));

        assertEquals(prescribedBefore, desk.stored(prescribed.id()));
        assertEquals(walkingBefore, desk.stored(walking.id()));
        GoalView byPrimaryCare = desk.as(LENA, goals -> goals.revise(prescribed.id(), prescribed.version(),
                saying(medication, "Take my sertraline after breakfast"), "easier to remember"));
        assertEquals(2, byPrimaryCare.revision(), "a prescriber may revise it");
    }

    @Test
    void onlyTheClientAndTheOwningDisciplinesAnswerAGoal() {
        GoalView goal = desk.as(SAM, goals -> goals.propose(alex, content("Join a climbing class", PSYCHOTHERAPY)));
        StoredGoal before = desk.stored(goal.id());

        ChangeRefused refused = assertThrows(ChangeRefused.class,
                () -> desk.as(LENA, goals -> goals.respond(goal.id(), goal.version(), Response.AGREE, null)));

        assertEquals("Only the client and the disciplines that own this goal answer it.", refused.getMessage());
        assertEquals(before, desk.stored(goal.id()), "primary care's answer is not stored");
    }

    @Test
    void anAgreedGoalIsPausedResumedAndAchievedAndAChangeToItAsksForAgreementAgain() {
        GoalView proposed = desk.as(MARIA, goals -> goals.propose(alex, content("Cook dinner twice a week",
                CARE_MANAGEMENT)));
        GoalView agreed = desk.as(ALEX_PORTAL, goals -> goals.respond(proposed.id(), proposed.version(), Response.AGREE, null));
        assertEquals(GoalStatus.AGREED, agreed.status());

        ChangeRefused notPaused = assertThrows(ChangeRefused.class,
                () -> desk.as(MARIA, goals -> goals.resume(agreed.id(), agreed.version())));
        assertTrue(notPaused.getMessage().startsWith("Only a paused goal can be resumed."), notPaused.getMessage());

        GoalView paused = desk.as(MARIA, goals -> goals.pause(agreed.id(), agreed.version(), "Alex is in hospital"));
        assertEquals(GoalStatus.PAUSED, paused.status());
        assertEquals("Alex is in hospital", paused.statusReason());
        GoalView resumed = desk.as(MARIA, goals -> goals.resume(paused.id(), paused.version()));
        assertEquals(GoalStatus.AGREED, resumed.status());
        assertNull(resumed.statusReason());

        GoalView revised = desk.as(MARIA, goals -> goals.revise(resumed.id(), resumed.version(),
                content("Cook dinner three times a week", CARE_MANAGEMENT), "Alex wants to do more"));
        assertEquals(GoalStatus.REVISED, revised.status(), "a change to an agreed goal asks for agreement again");
        assertEquals(List.of(Party.CLIENT), revised.waitingFor());
        assertThrows(ChangeRefused.class,
                () -> desk.as(MARIA, goals -> goals.markAchieved(revised.id(), revised.version())),
                "a revised goal is not agreed until everyone agrees again");

        GoalView againAgreed = desk.as(ALEX_PORTAL, goals -> goals.respond(revised.id(), revised.version(), Response.AGREE, null));
        GoalView achieved = desk.as(ALEX_PORTAL, goals -> goals.markAchieved(againAgreed.id(), againAgreed.version()));
        assertEquals(GoalStatus.ACHIEVED, achieved.status());
        assertEquals("ACHIEVED", desk.stored(achieved.id()).status());
        assertThrows(ChangeRefused.class, () -> desk.as(MARIA, goals -> goals.revise(achieved.id(),
                achieved.version(), content("Cook every day", CARE_MANAGEMENT), "more")), "an achieved goal is closed");
    }

    // ------------------------------------------------------------------------------ bad input

    static Stream<Arguments> badClientWords() {
        return Stream.of(
                arguments("empty", ""),
                arguments("only blanks", "   \t "),
                arguments("501 characters", "x".repeat(GoalContent.CLIENT_WORDS_LENGTH + 1)),
                arguments("600 characters after trimming", "  " + "y".repeat(600) + "  "),
                arguments("a bold tag", "Sleep <b>well</b>"),
                arguments("a script", "<script>alert('x')</script>"),
                arguments("a closing tag", "Sleep </p> well"),
                arguments("a character reference", "Sleep &amp; rest"),
                arguments("a numeric character reference", "Sleep &#60;b&#62;"),
                arguments("a NUL byte", "Sleep\u0000 well"),
                arguments("an escape code", "Sleep \u001B[31mwell"),
                arguments("a non-character", "Sleep well\uFFFF"));
    }

    @ParameterizedTest(name = "client words: {0}")
    @MethodSource("badClientWords")
    void aGoalWithBadClientWordsIsRefusedAndNothingIsStored(String what, String clientWords) {
        Totals before = desk.totals();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> desk.as(SAM,
                goals -> goals.propose(alex, new GoalContent(clientWords, null, LifeArea.MENTAL_HEALTH,
                        Set.of(PSYCHOTHERAPY), null))));

        assertTrue(refused.getMessage().startsWith("The goal in the client's own words "), refused.getMessage());
        assertEquals(before, desk.totals(), "nothing is stored");
    }

    @Test
    void clientWordsOfExactly500CharactersAreTakenWhole() {
        String words = "z".repeat(GoalContent.CLIENT_WORDS_LENGTH);

        GoalView goal = desk.as(SAM, goals -> goals.propose(alex, content(words, PSYCHOTHERAPY)));

        assertEquals(List.of(words), desk.stored(goal.id()).revisionWords());
    }

    /** A bad change to an existing goal: what the service is asked, given the goal as last seen. */
    static Stream<Arguments> badChanges() {
        BiFunction<GoalService, GoalView, GoalView> markupReason = (goals, goal) -> goals.revise(goal.id(), goal.version(),
                saying(current(goal), "Sleep before eleven"), "<i>because</i>");
        return Stream.of(
                arguments("a revision without a reason", (BiFunction<GoalService, GoalView, GoalView>) (goals, goal) ->
                        goals.revise(goal.id(), goal.version(), saying(current(goal), "Sleep before eleven"), " ")),
                arguments("a revision whose reason carries markup", markupReason),
                arguments("a revision whose reason is 1001 characters", (BiFunction<GoalService, GoalView, GoalView>)
                        (goals, goal) -> goals.revise(goal.id(), goal.version(), saying(current(goal), "Sleep before eleven"),
                                "r".repeat(Goal.REASON_LENGTH + 1))),
                arguments("asking for a change without saying what", (BiFunction<GoalService, GoalView, GoalView>)
                        (goals, goal) -> goals.respond(goal.id(), goal.version(), Response.ASK_FOR_CHANGE, "")),
                arguments("declining without a reason", (BiFunction<GoalService, GoalView, GoalView>)
                        (goals, goal) -> goals.respond(goal.id(), goal.version(), Response.DECLINE, null)),
                arguments("an answer that is neither yes nor no", (BiFunction<GoalService, GoalView, GoalView>)
                        (goals, goal) -> goals.respond(goal.id(), goal.version(), null, "hmm")),
                arguments("a comment carrying markup", (BiFunction<GoalService, GoalView, GoalView>)
                        (goals, goal) -> goals.respond(goal.id(), goal.version(), Response.AGREE, "<a href=x>ok</a>")),
                arguments("discontinuing without a reason", (BiFunction<GoalService, GoalView, GoalView>)
                        (goals, goal) -> goals.discontinue(goal.id(), goal.version(), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badChanges")
    void aBadChangeIsRefusedAndTheGoalStaysAsItWas(String what, BiFunction<GoalService, GoalView, GoalView> change) {
        GoalView goal = desk.as(SAM, goals -> goals.propose(alex, content("Sleep before midnight", PSYCHOTHERAPY)));
        StoredGoal before = desk.stored(goal.id());
        Totals totals = desk.totals();

        assertThrows(IllegalArgumentException.class, () -> desk.as(SAM, goals -> change.apply(goals, goal)));

        assertEquals(before, desk.stored(goal.id()), "the goal is unchanged");
        assertEquals(totals, desk.totals(), "nothing is stored");
    }

    @Test
    void pausingWithoutAReasonIsRefusedAndTheGoalStaysAgreed() {
        GoalView proposed = desk.as(MARIA, goals -> goals.propose(alex, content("Read in the evening", CARE_MANAGEMENT)));
        GoalView agreed = desk.as(ALEX_PORTAL, goals -> goals.respond(proposed.id(), proposed.version(), Response.AGREE, null));
        StoredGoal before = desk.stored(agreed.id());

        assertThrows(IllegalArgumentException.class,
                () -> desk.as(MARIA, goals -> goals.pause(agreed.id(), agreed.version(), "")));

        assertEquals(before, desk.stored(agreed.id()));
        assertEquals("AGREED", before.status());
    }

    // ------------------------------------------------------------------------------ unknown ids

    static Stream<Arguments> callsOnAGoal() {
        return Stream.of(
                arguments("RESPOND_TO_GOAL", (BiFunction<GoalService, Long, Object>) (goals, id) ->
                        goals.respond(id, 0, Response.AGREE, null)),
                arguments("REVISE_GOAL", (BiFunction<GoalService, Long, Object>) (goals, id) ->
                        goals.revise(id, 0, content("Anything", PSYCHOTHERAPY), "because")),
                arguments("MARK_GOAL_ACHIEVED", (BiFunction<GoalService, Long, Object>) (goals, id) ->
                        goals.markAchieved(id, 0)),
                arguments("PAUSE_GOAL", (BiFunction<GoalService, Long, Object>) (goals, id) ->
                        goals.pause(id, 0, "holiday")),
                arguments("RESUME_GOAL", (BiFunction<GoalService, Long, Object>) (goals, id) ->
                        goals.resume(id, 0)),
                arguments("DISCONTINUE_GOAL", (BiFunction<GoalService, Long, Object>) (goals, id) ->
                        goals.discontinue(id, 0, "no longer wanted")),
                arguments("VIEW_GOAL_HISTORY", (BiFunction<GoalService, Long, Object>) GoalService::historyOf));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsOnAGoal")
    void anUnknownGoalIsNotFoundAndTheAttemptIsAuditedAsRefused(String operation, BiFunction<GoalService, Long, Object> call) {
        long unknown = 987_654_321L;
        Totals before = desk.totals();

        Audited<NotFound> notFound = desk.audited(() -> assertThrows(NotFound.class,
                () -> desk.as(SAM, goals -> call.apply(goals, unknown))));

        assertEquals("There is no goal with this number.", notFound.result().getMessage());
        assertEquals(List.of(Event.of(SAM, operation, "Goal", unknown, null, "REFUSED")), notFound.events());
        assertEquals(before, desk.totals(), "nothing is stored");
    }

    @Test
    void anUnknownGoalIsNotFoundForClinicITToo() {
        long unknown = 987_654_322L;

        Audited<NotFound> notFound = desk.audited(() -> assertThrows(NotFound.class,
                () -> desk.as(ROBIN_IT, goals -> goals.historyOf(unknown))));

        assertEquals(List.of(Event.of(ROBIN_IT, "VIEW_GOAL_HISTORY", "Goal", unknown, null, "REFUSED")),
                notFound.events());
    }

    static Stream<Arguments> callsOnAClient() {
        return Stream.of(
                arguments("VIEW_PLAN", "CarePlan", (BiFunction<GoalService, Long, Object>) GoalService::goalsOf),
                arguments("PROPOSE_GOAL", "Goal", (BiFunction<GoalService, Long, Object>) (goals, client) ->
                        goals.propose(client, content("Anything", PSYCHOTHERAPY))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsOnAClient")
    void aClientNumberWithoutACarePlanIsNotFoundAndTheAttemptIsAuditedAsRefused(String operation, String recordType,
            BiFunction<GoalService, Long, Object> call) {
        long noSuchClient = 123_456_789L;
        long eliHasNoTeamYet = desk.clientId(ELI);
        Totals before = desk.totals();

        Audited<NotFound> unknown = desk.audited(() -> assertThrows(NotFound.class,
                () -> desk.as(SAM, goals -> call.apply(goals, noSuchClient))));
        Audited<NotFound> noTeam = desk.audited(() -> assertThrows(NotFound.class,
                () -> desk.as(SmallClinic.portalOf(ELI), goals -> call.apply(goals, eliHasNoTeamYet))));

        assertEquals("There is no care plan for this client number.", unknown.result().getMessage());
        assertEquals(List.of(Event.of(SAM, operation, recordType, null, noSuchClient, "REFUSED")), unknown.events());
        assertEquals(List.of(Event.of(SmallClinic.portalOf(ELI), operation, recordType, null, eliHasNoTeamYet, "REFUSED")),
                noTeam.events());
        assertEquals(before, desk.totals(), "nothing is stored");
    }

    // ------------------------------------------------------------------- changed meanwhile

    @Test
    void anAnswerToAVersionSomeoneElseHasChangedSinceIsNotAppliedAndTheCurrentGoalComesBack() {
        GoalView seenByPriya = desk.as(SAM, goals -> goals.propose(alex, content("Sleep before midnight",
                PSYCHOTHERAPY, PSYCHIATRY)));
        GoalView revisedMeanwhile = desk.as(SAM, goals -> goals.revise(seenByPriya.id(), seenByPriya.version(),
                content("Sleep before eleven", PSYCHOTHERAPY, PSYCHIATRY), "Alex asked for earlier"));
        StoredGoal before = desk.stored(seenByPriya.id());

        ChangedMeanwhile changed = assertThrows(ChangedMeanwhile.class, () -> desk.as(PRIYA,
                goals -> goals.respond(seenByPriya.id(), seenByPriya.version(), Response.AGREE, null)));

        GoalView current = changed.current();
        assertAll("the goal as it is now",
                () -> assertEquals(revisedMeanwhile.version(), current.version()),
                () -> assertEquals(2, current.revision()),
                () -> assertEquals("Sleep before eleven", current.clientWords()),
                () -> assertEquals("sam.rivera", current.lastChangedBy()),
                () -> assertNull(answerOf(current, Party.PSYCHIATRY).response(), "Priya's answer is not in it"));
        assertTrue(changed.getMessage().contains("Sleep before eleven"), changed.getMessage());
        assertTrue(changed.message(Locale.forLanguageTag("es")).startsWith(
                "Mientras trabajabas, sam.rivera cambió este objetivo. Ahora dice: «Sleep before eleven» (propuesto)."),
                changed.message(Locale.forLanguageTag("es")));
        assertEquals(before, desk.stored(seenByPriya.id()), "Priya's stale answer is not applied");
        assertEquals(List.of(Party.CLIENT, Party.PSYCHIATRY),
                desk.as(PRIYA, goals -> goals.historyOf(seenByPriya.id())).goal().waitingFor());
    }

    static Stream<Arguments> staleChanges() {
        return Stream.of(
                arguments("revise", (BiFunction<GoalService, GoalView, GoalView>) (goals, seen) -> goals.revise(seen.id(),
                        seen.version(), saying(current(seen), "Cook on Sundays"), "Sundays are calmer")),
                arguments("answer", (BiFunction<GoalService, GoalView, GoalView>) (goals, seen) ->
                        goals.respond(seen.id(), seen.version(), Response.ASK_FOR_CHANGE, "On weekdays, please")),
                arguments("discontinue", (BiFunction<GoalService, GoalView, GoalView>) (goals, seen) ->
                        goals.discontinue(seen.id(), seen.version(), "Alex moved away")));
    }

    @ParameterizedTest(name = "a stale {0}")
    @MethodSource("staleChanges")
    void aChangeToAStaleVersionIsRefusedWithTheCurrentGoalAndNotApplied(String what,
            BiFunction<GoalService, GoalView, GoalView> change) {
        GoalView seen = desk.as(MARIA, goals -> goals.propose(alex, content("Cook on Saturdays", CARE_MANAGEMENT)));
        GoalView meanwhile = desk.as(ALEX_PORTAL, goals -> goals.respond(seen.id(), seen.version(),
                Response.ASK_FOR_CHANGE, "Saturdays are busy"));
        StoredGoal before = desk.stored(seen.id());
        assertNotEquals(seen.version(), before.version());

        ChangedMeanwhile changed = assertThrows(ChangedMeanwhile.class,
                () -> desk.as(MARIA, goals -> change.apply(goals, seen)));

        assertEquals(meanwhile.version(), changed.current().version());
        assertEquals("alex.morgan", changed.current().lastChangedBy());
        Answer alexsAnswer = answerOf(changed.current(), Party.CLIENT);
        assertEquals(Response.ASK_FOR_CHANGE, alexsAnswer.response());
        assertEquals("Saturdays are busy", alexsAnswer.comment());
        assertEquals(answerOf(desk.as(MARIA, goals -> goals.historyOf(seen.id())).goal(), Party.CLIENT), alexsAnswer,
                "Alex's answer as stored");
        assertEquals(meanwhile.version(), desk.as(MARIA, goals -> goals.historyOf(seen.id())).goal().version());
        assertEquals(before, desk.stored(seen.id()), "the stale change is not applied");

        GoalView madeAgain = desk.as(MARIA, goals -> change.apply(goals, changed.current()));
        assertNotEquals(before, desk.stored(seen.id()), "made again on the current version, the change is applied");
        assertEquals(madeAgain.version(), desk.stored(seen.id()).version());
    }

    @Test
    void aChangeRaisesTheVersionEvenWhenItsAuthorAndTimeAreThoseOfTheChangeBefore() {
        Clock oneInstant = at(NOW.plus(Duration.ofDays(30)));
        GoalView proposed = desk.as(SAM, oneInstant, goals -> goals.propose(alex,
                content("Swim once a week", PSYCHOTHERAPY, PSYCHIATRY)));

        GoalView revised = desk.as(SAM, oneInstant, goals -> goals.revise(proposed.id(), proposed.version(),
                content("Swim twice a week", PSYCHOTHERAPY, PSYCHIATRY), "Sam thought again"));

        assertTrue(revised.version() > proposed.version(), "a revision is a change: the goal has a new version");
        assertEquals(revised.version(), desk.stored(proposed.id()).version());
        assertThrows(ChangedMeanwhile.class, () -> desk.as(PRIYA, goals -> goals.respond(proposed.id(),
                proposed.version(), Response.AGREE, null)), "Priya saw \"once a week\"; the goal now says \"twice\"");
    }

    // ---------------------------------------------------------------------------------- helpers

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static Answer answerOf(GoalView goal, Party party) {
        return goal.answers().stream().filter(answer -> answer.party() == party).findFirst()
                .orElseThrow(() -> new AssertionError(party + " does not answer this goal"));
    }

    private static GoalContent current(GoalView goal) {
        return new GoalContent(goal.clientWords(), goal.clinicalFraming(), goal.lifeArea(), goal.owners(), null);
    }

    private static List<Event> eventsAfter(long mark) {
        return database.auditEventsAfter(mark).stream().map(row -> new Event(row.actor(), row.actorRole(),
                row.action(), row.recordType(), row.recordId(), row.clientId(), row.outcome())).toList();
    }
}
