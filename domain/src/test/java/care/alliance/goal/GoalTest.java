package care.alliance.goal;

import static care.alliance.goal.GoalStatus.ACHIEVED;
import static care.alliance.goal.GoalStatus.AGREED;
import static care.alliance.goal.GoalStatus.DISCONTINUED;
import static care.alliance.goal.GoalStatus.PAUSED;
import static care.alliance.goal.GoalStatus.PROPOSED;
import static care.alliance.goal.GoalStatus.REVISED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.rules.ChangeRefused;
import care.alliance.team.Discipline;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class GoalTest {

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final long CLIENT = 7L;

    private static GoalContent walking() {
        return new GoalContent("I want to get out of the house and walk most days", "Behavioural activation",
                LifeArea.MENTAL_HEALTH, EnumSet.of(Discipline.PSYCHOTHERAPY, Discipline.PSYCHIATRY),
                new Target("days walked per week", new BigDecimal("4"), Target.Direction.AT_LEAST, LocalDate.of(2027, 3, 1)));
    }

    private static GoalContent walkingThreeDays() {
        GoalContent walking = walking();
        return new GoalContent("I want to walk three days a week, to start with", walking.clinicalFraming(),
                walking.lifeArea(), walking.owners(), walking.target());
    }

    private static Goal proposedByTherapist() {
        return Goal.propose(CLIENT, walking(), "sam.rivera", Party.PSYCHOTHERAPY, T0);
    }

    private static Goal agreed() {
        Goal goal = proposedByTherapist();
        goal.respond(Party.CLIENT, "alex.morgan", Response.AGREE, null, T0.plusSeconds(60));
        goal.respond(Party.PSYCHIATRY, "priya.patel", Response.AGREE, null, T0.plusSeconds(120));
        return goal;
    }

    private static Goal withStatus(GoalStatus status) {
        return switch (status) {
            case PROPOSED -> proposedByTherapist();
            case AGREED -> agreed();
            case REVISED -> {
                Goal goal = agreed();
                goal.revise(walkingThreeDays(), "sam.rivera", Party.PSYCHOTHERAPY, "four days felt too many", T0.plusSeconds(300));
                yield goal;
            }
            case PAUSED -> {
                Goal goal = agreed();
                goal.pause("maria.gomez", "in hospital for a knee operation", T0.plusSeconds(300));
                yield goal;
            }
            case ACHIEVED -> {
                Goal goal = agreed();
                goal.markAchieved("sam.rivera", T0.plusSeconds(300));
                yield goal;
            }
            case DISCONTINUED -> {
                Goal goal = agreed();
                goal.discontinue("sam.rivera", "Alex moved to another clinic", T0.plusSeconds(300));
                yield goal;
            }
        };
    }

    // ------------------------------------------------------------------------------- sensitive labels

    @Test
    void labellingAGoalChangesWhoMaySeeItNotWhatItSaysAndAsksNobodyToAgreeAgain() {
        Goal goal = proposedByTherapist();
        int revisions = goal.revisions().size();
        java.util.Set<Party> agreed = goal.consensus().agreed();

        goal.label(java.util.EnumSet.of(care.alliance.consent.SensitiveLabel.SUBSTANCE_USE), "alex.morgan",
                T0.plusSeconds(60));

        assertEquals(java.util.EnumSet.of(care.alliance.consent.SensitiveLabel.SUBSTANCE_USE), goal.labels());
        assertEquals(revisions, goal.revisions().size(), "no new revision");
        assertEquals(agreed, goal.consensus().agreed(), "the answers stand");
        assertEquals("alex.morgan", goal.lastChangedBy());
        assertThrows(care.alliance.rules.ChangeRefused.class, () -> goal.label(
                java.util.EnumSet.of(care.alliance.consent.SensitiveLabel.SUBSTANCE_USE), "sam.rivera", T0));
        goal.label(java.util.Set.of(), "sam.rivera", T0.plusSeconds(120));
        assertTrue(goal.labels().isEmpty(), "labels can be taken off again");
    }

    // ------------------------------------------------------------------------------- the consensus rule

    @Test
    void aNewGoalIsProposedWithTheClientsWordsAndTheProposerAgreesForTheirOwnDiscipline() {
        Goal goal = proposedByTherapist();

        assertEquals(PROPOSED, goal.status());
        assertEquals("I want to get out of the house and walk most days", goal.currentContent().clientWords());
        assertEquals(Set.of(Party.CLIENT, Party.PSYCHOTHERAPY, Party.PSYCHIATRY), goal.consensus().required());
        assertEquals(Set.of(Party.PSYCHOTHERAPY), goal.consensus().agreed());
        assertEquals(Set.of(Party.CLIENT, Party.PSYCHIATRY), goal.consensus().notYetAgreed());
    }

    @Test
    void aGoalIsAgreedOnlyWhenTheClientAndEveryOwningDisciplineAgree() {
        Goal goal = proposedByTherapist();

        goal.respond(Party.CLIENT, "alex.morgan", Response.AGREE, null, T0.plusSeconds(60));
        assertEquals(PROPOSED, goal.status(), "psychiatry has not agreed yet");

        goal.respond(Party.PSYCHIATRY, "priya.patel", Response.AGREE, null, T0.plusSeconds(120));
        assertEquals(AGREED, goal.status());
        assertTrue(goal.consensus().isReached());
    }

    @Test
    void theClientsAgreementIsAlwaysNeededEvenWhenEveryDisciplineAgrees() {
        Goal goal = proposedByTherapist();

        goal.respond(Party.PSYCHIATRY, "priya.patel", Response.AGREE, null, T0.plusSeconds(60));

        assertEquals(PROPOSED, goal.status());
        assertEquals(Set.of(Party.CLIENT), goal.consensus().notYetAgreed());
    }

    @Test
    void aDisciplineThatDoesNotOwnTheGoalCannotAnswerIt() {
        Goal goal = proposedByTherapist();

        assertThrows(ChangeRefused.class,
                () -> goal.respond(Party.PRIMARY_CARE, "tom.okafor", Response.AGREE, null, T0.plusSeconds(60)));
        assertEquals(2, goal.consensus().notYetAgreed().size());
    }

    @Test
    void askingForAChangeNeedsACommentAndKeepsTheGoalProposed() {
        Goal goal = proposedByTherapist();

        assertThrows(IllegalArgumentException.class,
                () -> goal.respond(Party.CLIENT, "alex.morgan", Response.ASK_FOR_CHANGE, "  ", T0.plusSeconds(60)));
        goal.respond(Party.CLIENT, "alex.morgan", Response.ASK_FOR_CHANGE, "Most days is too much. Three?", T0.plusSeconds(60));

        assertEquals(PROPOSED, goal.status());
        assertEquals(Set.of(Party.CLIENT), goal.consensus().askingForChange());
        assertEquals("Most days is too much. Three?", goal.consensus().latestOf(Party.CLIENT).comment());
    }

    @Test
    void decliningNeedsAReason() {
        Goal goal = proposedByTherapist();

        assertThrows(IllegalArgumentException.class,
                () -> goal.respond(Party.PSYCHIATRY, "priya.patel", Response.DECLINE, null, T0.plusSeconds(60)));
        goal.respond(Party.PSYCHIATRY, "priya.patel", Response.DECLINE, "Sleep comes first", T0.plusSeconds(60));

        assertEquals(Set.of(Party.PSYCHIATRY), goal.consensus().declining());
        assertEquals(PROPOSED, goal.status());
    }

    @Test
    void aPartyMayChangeTheirAnswerAndTheLatestCounts() {
        Goal goal = proposedByTherapist();
        goal.respond(Party.CLIENT, "alex.morgan", Response.ASK_FOR_CHANGE, "Not sure yet", T0.plusSeconds(60));
        goal.respond(Party.PSYCHIATRY, "priya.patel", Response.AGREE, null, T0.plusSeconds(90));

        goal.respond(Party.CLIENT, "alex.morgan", Response.AGREE, "OK, let's try", T0.plusSeconds(120));

        assertEquals(AGREED, goal.status());
        assertEquals(4, goal.responses().size(), "every answer is kept");
    }

    @Test
    void revisingAnAgreedGoalAsksEveryoneAgainAndKeepsTheEarlierRevision() {
        Goal goal = agreed();

        goal.revise(walkingThreeDays(), "sam.rivera", Party.PSYCHOTHERAPY, "four days felt too many", T0.plusSeconds(300));

        assertEquals(REVISED, goal.status());
        assertEquals(2, goal.currentRevision().number());
        assertEquals(Set.of(Party.PSYCHOTHERAPY), goal.consensus().agreed(), "earlier agreements do not carry over");
        assertEquals("I want to get out of the house and walk most days", goal.revision(1).content().clientWords());
        assertEquals("sam.rivera", goal.currentRevision().author());
        assertEquals("four days felt too many", goal.currentRevision().reason());
        assertEquals(T0.plusSeconds(300), goal.currentRevision().authoredAt());

        goal.respond(Party.CLIENT, "alex.morgan", Response.AGREE, null, T0.plusSeconds(400));
        goal.respond(Party.PSYCHIATRY, "priya.patel", Response.AGREE, null, T0.plusSeconds(500));
        assertEquals(AGREED, goal.status());
    }

    @Test
    void revisingAProposedGoalResetsItsAgreementButKeepsItProposed() {
        Goal goal = proposedByTherapist();
        goal.respond(Party.CLIENT, "alex.morgan", Response.ASK_FOR_CHANGE, "Three days", T0.plusSeconds(60));

        goal.revise(walkingThreeDays(), "sam.rivera", Party.PSYCHOTHERAPY, "as Alex asked", T0.plusSeconds(120));

        assertEquals(PROPOSED, goal.status());
        assertNull(goal.consensus().answerOf(Party.CLIENT), "the client answers the new revision afresh");
    }

    @Test
    void aRevisionNeedsAReasonAndARealChange() {
        Goal goal = agreed();

        assertThrows(IllegalArgumentException.class,
                () -> goal.revise(walkingThreeDays(), "sam.rivera", Party.PSYCHOTHERAPY, "", T0.plusSeconds(60)));
        ChangeRefused unchanged = assertThrows(ChangeRefused.class,
                () -> goal.revise(walking(), "sam.rivera", Party.PSYCHOTHERAPY, "tidy up", T0.plusSeconds(60)));
        assertTrue(unchanged.getMessage().contains("Nothing was changed"));
        assertEquals(AGREED, goal.status());
        assertEquals(1, goal.revisions().size());
    }

    @Test
    void twoRevisionsCanBeCompared() {
        Goal goal = agreed();
        goal.revise(walkingThreeDays(), "sam.rivera", Party.PSYCHOTHERAPY, "four days felt too many", T0.plusSeconds(300));

        List<GoalContent.Change> changes = goal.compare(1, 2);

        assertEquals(List.of(new GoalContent.Change("clientWords", "I want to get out of the house and walk most days",
                "I want to walk three days a week, to start with")), changes);
    }

    @Test
    void aClientMayProposeTheirOwnGoalAndAgreesToItByProposing() {
        GoalContent own = new GoalContent("Phone my sister every Sunday", null, LifeArea.SOCIAL,
                EnumSet.of(Discipline.CARE_MANAGEMENT), null);

        Goal goal = Goal.propose(CLIENT, own, "alex.morgan", Party.CLIENT, T0);
        goal.respond(Party.CARE_MANAGEMENT, "maria.gomez", Response.AGREE, null, T0.plusSeconds(60));

        assertEquals(AGREED, goal.status());
    }

    @Test
    void theClinicalFramingIsTheTeamsAndWhatTheClientWritesNeverChangesIt() {
        Goal goal = agreed();
        GoalContent asAlexSeesIt = walkingThreeDays().asClientReadsIt();

        goal.revise(asAlexSeesIt, "alex.morgan", Party.CLIENT, "four days felt too many", T0.plusSeconds(300));

        assertEquals("Behavioural activation", goal.currentContent().clinicalFraming());
        assertEquals(List.of("clientWords"), goal.compare(1, 2).stream().map(GoalContent.Change::field).toList());
    }

    @Test
    void aClientsOwnProposalCarriesNoFramingEvenFromATamperedForm() {
        Goal goal = Goal.propose(CLIENT, walking(), "alex.morgan", Party.CLIENT, T0);

        assertNull(goal.currentContent().clinicalFraming());
    }

    @Test
    void onlyAChangeOfTheFramingIsKeptFromTheClient() {
        GoalContent reframed = new GoalContent(walking().clientWords(), "Activity scheduling", walking().lifeArea(),
                walking().owners(), walking().target());

        List<GoalContent.Change> changes = reframed.changesSince(walking());

        assertEquals(1, changes.size());
        assertFalse(changes.get(0).isForClient());
        assertTrue(walkingThreeDays().changesSince(walking()).get(0).isForClient());
    }

    // ---------------------------------------------------------------------------- medication goals

    @ParameterizedTest
    @EnumSource(value = Party.class, names = {"PSYCHIATRY", "PRIMARY_CARE"})
    void prescribersMayProposeAndReviseMedicationGoals(Party prescriber) {
        Goal goal = Goal.propose(CLIENT, medication("Take my tablets every evening"), "prescriber", prescriber, T0);

        goal.revise(medication("Take my tablets with dinner"), "prescriber", prescriber, "easier to remember", T0.plusSeconds(60));

        assertTrue(goal.isAboutMedication());
        assertEquals(2, goal.revisions().size());
    }

    @ParameterizedTest
    @EnumSource(value = Party.class, names = {"PSYCHOTHERAPY", "CARE_MANAGEMENT", "CLIENT"})
    void othersMayNotProposeOrChangeMedicationGoals(Party other) {
        ChangeRefused refused = assertThrows(ChangeRefused.class,
                () -> Goal.propose(CLIENT, medication("Stop my tablets"), "someone", other, T0));
        assertTrue(refused.getMessage().contains("psychiatry or primary care"));

        Goal goal = Goal.propose(CLIENT, medication("Take my tablets every evening"), "priya.patel", Party.PSYCHIATRY, T0);
        assertThrows(ChangeRefused.class,
                () -> goal.revise(medication("Take half"), "someone", other, "side effects", T0.plusSeconds(60)));

        Goal walkingGoal = proposedByTherapist();
        assertThrows(ChangeRefused.class, () -> walkingGoal.revise(
                medication("Add a tablet"), "someone", other, "turn it into a medication goal", T0.plusSeconds(60)));
    }

    private static GoalContent medication(String words) {
        return new GoalContent(words, null, LifeArea.MEDICATION, EnumSet.of(Discipline.PSYCHIATRY), null);
    }

    // ---------------------------------------------------------------------------- every transition

    static Stream<Arguments> transitions() {
        Consumer<Goal> achieve = goal -> goal.markAchieved("sam.rivera", T0.plusSeconds(900));
        Consumer<Goal> pause = goal -> goal.pause("maria.gomez", "a break", T0.plusSeconds(900));
        Consumer<Goal> resume = goal -> goal.resume("maria.gomez", T0.plusSeconds(900));
        Consumer<Goal> discontinue = goal -> goal.discontinue("maria.gomez", "no longer wanted", T0.plusSeconds(900));
        Consumer<Goal> revise = goal -> goal.revise(
                new GoalContent("Walk with a friend twice a week", null, LifeArea.MENTAL_HEALTH,
                        EnumSet.of(Discipline.PSYCHOTHERAPY, Discipline.PSYCHIATRY), null),
                "sam.rivera", Party.PSYCHOTHERAPY, "a new idea", T0.plusSeconds(900));
        Consumer<Goal> agree = goal -> goal.respond(Party.CLIENT, "alex.morgan", Response.AGREE, null, T0.plusSeconds(900));
        return Stream.of(
                // from, action, allowed: status afterwards, or null when refused
                arguments(PROPOSED, "achieve", achieve, null),
                arguments(PROPOSED, "pause", pause, null),
                arguments(PROPOSED, "resume", resume, null),
                arguments(PROPOSED, "discontinue", discontinue, DISCONTINUED),
                arguments(PROPOSED, "revise", revise, PROPOSED),
                arguments(PROPOSED, "agree", agree, PROPOSED),
                arguments(AGREED, "achieve", achieve, ACHIEVED),
                arguments(AGREED, "pause", pause, PAUSED),
                arguments(AGREED, "resume", resume, null),
                arguments(AGREED, "discontinue", discontinue, DISCONTINUED),
                arguments(AGREED, "revise", revise, REVISED),
                arguments(AGREED, "agree", agree, null),
                arguments(REVISED, "achieve", achieve, null),
                arguments(REVISED, "pause", pause, null),
                arguments(REVISED, "resume", resume, null),
                arguments(REVISED, "discontinue", discontinue, DISCONTINUED),
                arguments(REVISED, "revise", revise, REVISED),
                arguments(REVISED, "agree", agree, REVISED),
                arguments(PAUSED, "achieve", achieve, null),
                arguments(PAUSED, "pause", pause, null),
                arguments(PAUSED, "resume", resume, AGREED),
                arguments(PAUSED, "discontinue", discontinue, DISCONTINUED),
                arguments(PAUSED, "revise", revise, REVISED),
                arguments(PAUSED, "agree", agree, null),
                arguments(ACHIEVED, "achieve", achieve, null),
                arguments(ACHIEVED, "pause", pause, null),
                arguments(ACHIEVED, "resume", resume, null),
                arguments(ACHIEVED, "discontinue", discontinue, null),
                arguments(ACHIEVED, "revise", revise, null),
                arguments(ACHIEVED, "agree", agree, null),
                arguments(DISCONTINUED, "achieve", achieve, null),
                arguments(DISCONTINUED, "pause", pause, null),
                arguments(DISCONTINUED, "resume", resume, null),
                arguments(DISCONTINUED, "discontinue", discontinue, null),
                arguments(DISCONTINUED, "revise", revise, null),
                arguments(DISCONTINUED, "agree", agree, null));
    }

    private static Arguments arguments(GoalStatus from, String action, Consumer<Goal> change, GoalStatus after) {
        return Arguments.of(from, action, change, after);
    }

    @ParameterizedTest(name = "{0} then {1}: {3}")
    @MethodSource("transitions")
    void everyTransitionIsAllowedOrRefusedWithAReason(GoalStatus from, String action, Consumer<Goal> change, GoalStatus after) {
        Goal goal = withStatus(from);
        int revisions = goal.revisions().size();

        if (after == null) {
            ChangeRefused refused = assertThrows(ChangeRefused.class, () -> change.accept(goal));
            assertFalse(refused.getMessage().isBlank(), "the refusal says why");
            assertEquals(from, goal.status(), "a refused change changes nothing");
            assertEquals(revisions, goal.revisions().size());
        } else {
            change.accept(goal);
            assertEquals(after, goal.status());
            assertEquals(T0.plusSeconds(900), goal.lastChangedAt());
        }
    }

    @Test
    void everyStatusAndActionIsInTheTransitionTable() {
        long rows = transitions().count();

        assertEquals(GoalStatus.values().length * 6L, rows);
    }

    @Test
    void pausingAndDiscontinuingNeedAReason() {
        assertThrows(IllegalArgumentException.class, () -> agreed().pause("maria.gomez", " ", T0));
        assertThrows(IllegalArgumentException.class, () -> agreed().discontinue("maria.gomez", null, T0));
    }

    @ParameterizedTest
    @EnumSource(GoalStatus.class)
    void everyStatusMapsToAFhirGoalLifecycleStatus(GoalStatus status) {
        assertTrue(Set.of("proposed", "active", "on-hold", "completed", "cancelled").contains(status.fhirLifecycleStatus()));
    }

    // ------------------------------------------------------------------------------------- bad input

    @Test
    void theClientsWordsAreRequiredLimitedAndPlain() {
        assertThrows(IllegalArgumentException.class, () -> new GoalContent(" ", null, LifeArea.SOCIAL,
                EnumSet.of(Discipline.CARE_MANAGEMENT), null));
        assertThrows(IllegalArgumentException.class, () -> new GoalContent("x".repeat(501), null, LifeArea.SOCIAL,
                EnumSet.of(Discipline.CARE_MANAGEMENT), null));
        assertThrows(IllegalArgumentException.class, () -> new GoalContent("<script>alert(1)</script>", null,
                LifeArea.SOCIAL, EnumSet.of(Discipline.CARE_MANAGEMENT), null));
        assertThrows(IllegalArgumentException.class, () -> new GoalContent("Walk", null, LifeArea.SOCIAL, Set.of(), null));
        assertEquals("Walk 3 < 4 times", new GoalContent(" Walk 3 < 4 times ", null, LifeArea.SOCIAL,
                EnumSet.of(Discipline.CARE_MANAGEMENT), null).clientWords(), "a plain less-than sign is words, not markup");
    }

    @Test
    void aTargetIsReachedAtOrBeyondItsValueInItsDirection() {
        Target atLeastFour = new Target("days walked", new BigDecimal("4"), Target.Direction.AT_LEAST, null);
        Target atMostTwo = new Target("drinks a week", new BigDecimal("2"), Target.Direction.AT_MOST, null);

        assertTrue(atLeastFour.isReachedBy(new BigDecimal("4.0")));
        assertFalse(atLeastFour.isReachedBy(new BigDecimal("3")));
        assertTrue(atMostTwo.isReachedBy(BigDecimal.ONE));
        assertFalse(atMostTwo.isReachedBy(new BigDecimal("3")));
        assertFalse(atMostTwo.isReachedBy(null));
    }
}
