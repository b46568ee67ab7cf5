package care.alliance.goal;

import static care.alliance.team.Discipline.CARE_MANAGEMENT;
import static care.alliance.team.Discipline.PRIMARY_CARE;
import static care.alliance.team.Discipline.PSYCHIATRY;
import static care.alliance.team.Discipline.PSYCHOTHERAPY;
import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.LENA;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.team.SmallClinic.Person.ALEX;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.Caller;
import care.alliance.goal.GoalDesk.StoredGoal;
import care.alliance.team.SmallClinic;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.ClinicDatabase.Attempt;
import care.alliance.testing.Together;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sixteen people change one goal at the same moment, each from the version they opened: every
 * change is either saved or reported as {@link ChangedMeanwhile} with the goal as it now is, none
 * is lost and none is saved twice, and the version goes up once per saved change. The database of
 * {@link ClinicDatabase} (H2, and PostgreSQL in the second run of the race tests) is shared by the
 * threads; each thread runs each call in a transaction of its own with an entity manager of its
 * own, as concurrent requests do in the container ({@link ClinicDatabase#callTogether},
 * {@link ClinicDatabase#runTogether}).
 *
 * <p>"All from the same version": every thread has read the goal and made its change before any
 * of them writes ({@link #waitingFor}); then they write together, and each round fails unless all
 * sixteen did meet there ({@link Together}). Each kind of change is tried
 * once as a single round (exactly one can be saved, as all start from one version) and once with
 * everyone trying again on the version {@link ChangedMeanwhile} reports until saved.
 */
@Tag("race")
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class GoalConcurrencyTest {

    private static final int PEOPLE = 16;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** How often one person tries again before the test calls it a change that is never saved. */
    private static final int MOST_ATTEMPTS = 4 * PEOPLE;
    /**
     * Everyone on Alex's team today, and Alex: each answers for a party that owns the goal, and may
     * revise it (it is not about medication).
     */
    private static final List<Caller> EDITORS = List.of(SAM, PRIYA, LENA, MARIA, ALEX_PORTAL);

    private static ClinicDatabase database;
    private static GoalDesk desk;

    private GoalView goal;

    @BeforeAll
    static void openTheClinic() {
        database = ClinicDatabase.migrated();
        desk = new GoalDesk(database, SmallClinic.openIn(database));
    }

    @AfterAll
    static void closeTheClinic() {
        database.close();
    }

    @BeforeEach
    void alexsTherapistProposesAGoalTheWholeTeamOwns() {
        goal = desk.as(SAM, goals -> goals.propose(desk.clientId(ALEX), contentSaying("Sleep before midnight")));
    }

    // -------------------------------------------------------------------------------- answers

    @Test
    void sixteenAnswersToTheSameVersionAtOnceSaveExactlyOneAndRefuseTheOthersAsChangedMeanwhile() {
        oneRoundFromTheSameVersion(Kind.ANSWER);
    }

    @Test
    void theAnswersRefusedInARaceAreShownTheGoalAsStoredWithoutTheirOwnAnswer() {
        assertTheRefusedAreShownTheGoalAsStored(Kind.ANSWER, oneRoundFromTheSameVersion(Kind.ANSWER));
    }

    @Test
    void sixteenPeopleWhoAnswerAgainOnTheCurrentVersionAllHaveTheirAnswerSaved() {
        assertEveryoneTryingAgainIsSaved(Kind.ANSWER);
    }

    // ------------------------------------------------------------------------------ revisions

    @Test
    void sixteenRevisionsOfTheSameVersionAtOnceSaveExactlyOneAndRefuseTheOthersAsChangedMeanwhile() {
        oneRoundFromTheSameVersion(Kind.REVISION);
    }

    @Test
    void theRevisionsRefusedInARaceAreShownTheGoalAsStoredWithoutTheirOwnRevision() {
        assertTheRefusedAreShownTheGoalAsStored(Kind.REVISION, oneRoundFromTheSameVersion(Kind.REVISION));
    }

    @Test
    void sixteenPeopleWhoReviseAgainOnTheCurrentVersionAllHaveTheirRevisionSaved() {
        assertEveryoneTryingAgainIsSaved(Kind.REVISION);
    }

    // ------------------------------------------------------------------------------- the rounds

    /**
     * Sixteen changes of one kind, all from the goal's version, written together: each is saved or
     * refused as changed meanwhile, exactly one is saved, and exactly it is stored.
     */
    private List<Attempt<GoalView>> oneRoundFromTheSameVersion(Kind kind) {
        StoredGoal before = desk.stored(goal.id());
        List<String> marksBefore = kind.marks(goal.id());
        Together everyoneHasRead = Together.of(PEOPLE);
        List<Supplier<GoalView>> changes = IntStream.range(0, PEOPLE)
                .mapToObj(person -> (Supplier<GoalView>) () ->
                        change(kind, person, goal.version(), waitingFor(everyoneHasRead)))
                .toList();

        List<Attempt<GoalView>> attempts = database.callTogether(changes, PATIENCE);

        everyoneHasRead.assertEveryoneArrived();
        List<Integer> saved = assertSavedOrChangedMeanwhile(attempts);
        assertEquals(1, saved.size(), "all started from one version: exactly one is saved, " + outcomes(attempts));
        assertExactlyTheSavedAreStored(kind, before, marksBefore, saved);
        return attempts;
    }

    /** Each refused person is shown the goal as stored now: its version, who changed it, what it says. */
    private void assertTheRefusedAreShownTheGoalAsStored(Kind kind, List<Attempt<GoalView>> attempts) {
        int winner = IntStream.range(0, attempts.size()).filter(person -> attempts.get(person).succeeded())
                .findFirst().orElseThrow();
        GoalView stored = desk.as(SAM, goals -> goals.historyOf(goal.id())).goal();
        assertAll(attempts.stream().filter(attempt -> !attempt.succeeded()).map(attempt -> () -> {
            GoalView current = ((ChangedMeanwhile) attempt.failure()).current();
            assertEquals(stored.version(), current.version(), "the refused are shown the goal's current version");
            assertEquals(editor(winner).username(), current.lastChangedBy(), "…and who changed it");
            assertEquals(kind.shown(stored), kind.shown(current), "…and what it says now");
        }));
    }

    private void assertEveryoneTryingAgainIsSaved(Kind kind) {
        StoredGoal before = desk.stored(goal.id());
        List<String> marksBefore = kind.marks(goal.id());
        Together everyoneHasRead = Together.of(PEOPLE);
        List<Supplier<Integer>> persistentPeople = IntStream.range(0, PEOPLE)
                .mapToObj(person -> (Supplier<Integer>) () -> changeUntilSaved(kind, person, everyoneHasRead))
                .toList();

        List<Attempt<Integer>> attempts = database.runTogether(persistentPeople, PATIENCE);

        everyoneHasRead.assertEveryoneArrived();
        assertAll(attempts.stream().filter(attempt -> !attempt.succeeded()).map(attempt -> () -> {
            throw new AssertionError("a person's change was never saved: " + attempt.failure(), attempt.failure());
        }));
        assertExactlyTheSavedAreStored(kind, before, marksBefore, IntStream.range(0, PEOPLE).boxed().toList());
        int refusals = attempts.stream().mapToInt(Attempt::result).sum();
        assertTrue(refusals >= PEOPLE - 1, "all started from one version, so at least " + (PEOPLE - 1)
                + " were told of a change made meanwhile; refusals: " + refusals);
    }

    /**
     * Makes the change, and after each {@link ChangedMeanwhile} makes it again on the version that
     * reported, each attempt in a transaction of its own; the first attempt writes only when
     * everyone has read. Fails on anything but {@link ChangedMeanwhile}, and after too many tries.
     *
     * @return how often the person was told the goal had changed meanwhile
     */
    private int changeUntilSaved(Kind kind, int person, Together everyoneHasRead) {
        int refusals = 0;
        long seen = goal.version();
        Goals goals = waitingFor(everyoneHasRead);
        for (int attempt = 1; attempt <= MOST_ATTEMPTS; attempt++) {
            long version = seen;
            Goals these = goals;
            try {
                database.call(() -> change(kind, person, version, these));
                return refusals;
            } catch (ChangedMeanwhile changed) {
                refusals++;
                assertTrue(changed.current().version() > version,
                        "a refusal reports a newer version than the one tried: " + changed.current().version());
                seen = changed.current().version();
            } catch (RuntimeException other) {
                throw new AssertionError("attempt " + attempt + " of person " + person
                        + " was neither saved nor refused as changed meanwhile", other);
            }
            goals = plainGoals();
        }
        throw new AssertionError("person " + person + " gave up after " + MOST_ATTEMPTS + " attempts");
    }

    // ---------------------------------------------------------------------------- the changes

    /** A change each of the sixteen makes, in words only they use. */
    enum Kind {
        /** A revision of what the goal says, with a reason. */
        REVISION {
            @Override
            GoalView make(GoalService goals, long goalId, long seenVersion, int person) {
                return goals.revise(goalId, seenVersion, contentSaying(mark(person)), "change number " + person);
            }

            @Override
            String mark(int person) {
                return "Sleep before midnight, in the words of person " + person;
            }

            @Override
            List<String> marks(long goalId) {
                return desk.stored(goalId).revisionWords();
            }

            @Override
            Object shown(GoalView goal) {
                return List.of(goal.revision(), goal.clientWords());
            }
        },
        /** An answer for the person's party asking for a change, and saying what. */
        ANSWER {
            @Override
            GoalView make(GoalService goals, long goalId, long seenVersion, int person) {
                return goals.respond(goalId, seenVersion, Response.ASK_FOR_CHANGE, mark(person));
            }

            @Override
            String mark(int person) {
                return "Please change it, says person " + person;
            }

            @Override
            List<String> marks(long goalId) {
                return desk.comments(goalId);
            }

            @Override
            Object shown(GoalView goal) {
                return goal.answers();
            }
        };

        abstract GoalView make(GoalService goals, long goalId, long seenVersion, int person);

        /** What only this person's change says. */
        abstract String mark(int person);

        /** What the changes of this kind stored on the goal say, in the order stored. */
        abstract List<String> marks(long goalId);

        /** What a person looking at the goal sees of changes of this kind. */
        abstract Object shown(GoalView goal);
    }

    private GoalView change(Kind kind, int person, long seenVersion, Goals goals) {
        GoalService service = database.goalService(editor(person), goals, database.runningClock());
        return kind.make(service, goal.id(), seenVersion, person);
    }

    private static Caller editor(int person) {
        return EDITORS.get(person % EDITORS.size());
    }

    private static GoalContent contentSaying(String clientWords) {
        return GoalDesk.content(clientWords, PSYCHOTHERAPY, PSYCHIATRY, PRIMARY_CARE, CARE_MANAGEMENT);
    }

    // ------------------------------------------------------------------------------ assertions

    /** Every attempt was saved or refused as changed meanwhile; the people whose change was saved. */
    private static List<Integer> assertSavedOrChangedMeanwhile(List<Attempt<GoalView>> attempts) {
        assertAll(attempts.stream().filter(attempt -> !attempt.succeeded()).map(attempt -> () -> {
            if (!(attempt.failure() instanceof ChangedMeanwhile)) {
                throw new AssertionError("neither saved nor changed meanwhile: " + attempt.failure(), attempt.failure());
            }
        }));
        List<Integer> saved = new ArrayList<>();
        for (int person = 0; person < attempts.size(); person++) {
            if (attempts.get(person).succeeded()) {
                saved.add(person);
            }
        }
        return saved;
    }

    /**
     * The goal holds what it held, then exactly the saved changes, each once (revisions numbered on
     * without gaps or doubles); its version went up once for each; the service shows the same.
     */
    private void assertExactlyTheSavedAreStored(Kind kind, StoredGoal before, List<String> marksBefore,
            List<Integer> saved) {
        StoredGoal after = desk.stored(goal.id());
        List<String> marks = kind.marks(goal.id());
        assertEquals(marksBefore, marks.subList(0, Math.min(marksBefore.size(), marks.size())),
                "what was stored before is untouched");
        assertEquals(saved.stream().map(kind::mark).sorted().toList(),
                marks.subList(marksBefore.size(), marks.size()).stream().sorted().toList(),
                "exactly the saved changes are stored, each once");
        assertEquals(IntStream.rangeClosed(1, after.revisionWords().size()).boxed().toList(),
                desk.revisionNumbers(goal.id()), "revisions numbered 1, 2, 3… without gaps or doubles");
        assertEquals(before.version() + saved.size(), after.version(), "the version went up once per saved change");
        GoalHistory history = desk.as(SAM, goals -> goals.historyOf(goal.id()));
        assertEquals(after.revisionWords(), history.revisions().stream().map(GoalHistory.Revision::clientWords).toList(),
                "the revisions the service shows");
        assertEquals(after.version(), history.goal().version(), "the version the service shows");
        assertEquals(before.responses() + saved.size(), after.responses(),
                "one answer per saved answer; per saved revision, its author's agreement to it");
    }

    private static String outcomes(List<? extends Attempt<?>> attempts) {
        return attempts.stream().map(attempt -> attempt.succeeded() ? "saved"
                : attempt.failure().getClass().getSimpleName()).toList().toString();
    }

    // ---------------------------------------------------------------------------------- goals

    private static Goals plainGoals() {
        return new JpaGoals(database.entityManager());
    }

    /**
     * Goals kept as usual, except that everyone arrives together to read the goal for their
     * change, so that all sixteen start from the same version at the same moment.
     */
    private static Goals waitingFor(Together everyoneHasRead) {
        return new JpaGoals(database.entityManager()) {
            @Override
            public Optional<Goal> findForChange(long goalId) {
                everyoneHasRead.waitForEveryone();
                return super.findForChange(goalId);
            }
        };
    }
}
