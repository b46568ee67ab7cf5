package care.alliance.goal;

import static care.alliance.access.PlanOperation.ADD_TASK;
import static care.alliance.access.PlanOperation.CHECK_IN_PROGRESS;
import static care.alliance.access.PlanOperation.COMPLETE_TASK;
import static care.alliance.access.PlanOperation.DECIDE_CONSENT;
import static care.alliance.access.PlanOperation.DISCONTINUE_GOAL;
import static care.alliance.access.PlanOperation.DROP_TASK;
import static care.alliance.access.PlanOperation.LABEL_GOAL;
import static care.alliance.access.PlanOperation.MARK_GOAL_ACHIEVED;
import static care.alliance.access.PlanOperation.PAUSE_GOAL;
import static care.alliance.access.PlanOperation.RESPOND_TO_GOAL;
import static care.alliance.access.PlanOperation.RESUME_GOAL;
import static care.alliance.access.PlanOperation.REVISE_GOAL;
import static care.alliance.access.PlanOperation.VIEW_CONSENT;
import static care.alliance.access.PlanOperation.VIEW_GOAL_HISTORY;
import static care.alliance.access.PlanOperation.VIEW_PLAN;
import static care.alliance.access.PlanOperation.WRITE_NOTE;
import static care.alliance.goal.GoalDesk.content;
import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.LENA;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.testing.PlanCallers.CALLERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import care.alliance.access.AccessPolicy;
import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.PlanOperation;
import care.alliance.consent.ConsentService;
import care.alliance.consent.ConsentView;
import care.alliance.consent.SensitiveLabel;
import care.alliance.goal.GoalDesk.Audited;
import care.alliance.goal.GoalDesk.Event;
import care.alliance.note.NoteView;
import care.alliance.note.Visibility;
import care.alliance.progress.CheckInView;
import care.alliance.task.Assignee;
import care.alliance.task.Frequency;
import care.alliance.task.TaskView;
import care.alliance.team.Discipline;
import care.alliance.team.SmallClinic;
import care.alliance.team.SmallClinic.Person;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.PlanCallers.Someone;
import care.alliance.testing.PlanCallers.Standing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Consent as a dimension of who may do what: every operation on a goal labelled "substance use",
 * and every list that shows goals, tried by each discipline of the client's team, once with the
 * client's consent and once without. With it, the operation is the plan's rule's to decide (and
 * succeeds); without it, it is refused and audited as withheld by the client's consent, and no list
 * returns a word of the goal. The client always sees all of their own plan. Also the consent
 * itself — reading and deciding it — by every kind of caller.
 */
public class ConsentAuthorizationMatrixTest {

    /** The operations ConsentService exposes, tried here. */
    public static final Set<PlanOperation> TRIED_THERE = EnumSet.of(VIEW_CONSENT, DECIDE_CONSENT);

    private static final AtomicInteger NUMBER = new AtomicInteger();
    private static final String WORDS = "Fewer drinks on Friday nights";

    private static ClinicDatabase database;
    private static GoalDesk desk;

    /** The discipline tried, by the one of Alex's team who answers for it. */
    enum Member {
        PSYCHIATRY(Discipline.PSYCHIATRY, PRIYA),
        PRIMARY_CARE(Discipline.PRIMARY_CARE, LENA),
        PSYCHOTHERAPY(Discipline.PSYCHOTHERAPY, SAM),
        CARE_MANAGEMENT(Discipline.CARE_MANAGEMENT, MARIA);

        final Discipline discipline;
        final Caller caller;

        Member(Discipline discipline, Caller caller) {
            this.discipline = discipline;
            this.caller = caller;
        }
    }

    /** A labelled goal an operation is tried on, with a task toward it. */
    record Labelled(long clientId, long goalId, long version, long taskId, long taskVersion) {
    }

    @FunctionalInterface
    interface Setup {
        Labelled prepare(Member member);
    }

    @FunctionalInterface
    interface Call {
        Object on(Caller caller, Labelled goal);
    }

    /** One operation on the labelled goal: its name, the state it needs, and the call. */
    record Operation(PlanOperation operation, String name, String recordType, Setup setup, Call call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Operation> ON_A_LABELLED_GOAL = List.of(
            new Operation(VIEW_GOAL_HISTORY, "historyOf", "Goal", ConsentAuthorizationMatrixTest::proposed,
                    (caller, goal) -> desk.as(caller, goals -> goals.historyOf(goal.goalId()))),
            new Operation(RESPOND_TO_GOAL, "respond", "Goal", ConsentAuthorizationMatrixTest::proposed,
                    (caller, goal) -> desk.as(caller, goals -> goals.respond(goal.goalId(), goal.version(),
                            Response.ASK_FOR_CHANGE, "Smaller, please"))),
            new Operation(REVISE_GOAL, "revise", "Goal", ConsentAuthorizationMatrixTest::proposed,
                    (caller, goal) -> desk.as(caller, goals -> goals.revise(goal.goalId(), goal.version(),
                            content(WORDS + ", and Saturdays", Discipline.values()), "one more night"))),
            new Operation(MARK_GOAL_ACHIEVED, "markAchieved", "Goal", ConsentAuthorizationMatrixTest::agreed,
                    (caller, goal) -> desk.as(caller, goals -> goals.markAchieved(goal.goalId(), goal.version()))),
            new Operation(PAUSE_GOAL, "pause", "Goal", ConsentAuthorizationMatrixTest::agreed,
                    (caller, goal) -> desk.as(caller, goals -> goals.pause(goal.goalId(), goal.version(), "a stay away"))),
            new Operation(RESUME_GOAL, "resume", "Goal", ConsentAuthorizationMatrixTest::paused,
                    (caller, goal) -> desk.as(caller, goals -> goals.resume(goal.goalId(), goal.version()))),
            new Operation(DISCONTINUE_GOAL, "discontinue", "Goal", ConsentAuthorizationMatrixTest::proposed,
                    (caller, goal) -> desk.as(caller, goals -> goals.discontinue(goal.goalId(), goal.version(), "moved"))),
            new Operation(LABEL_GOAL, "label", "Goal", ConsentAuthorizationMatrixTest::proposed,
                    (caller, goal) -> desk.as(caller, goals -> goals.label(goal.goalId(), goal.version(),
                            EnumSet.of(SensitiveLabel.SUBSTANCE_USE, SensitiveLabel.TRAUMA)))),
            new Operation(ADD_TASK, "addTask", "Goal", ConsentAuthorizationMatrixTest::proposed,
                    (caller, goal) -> database.call(() -> database.taskService(caller).addTask(goal.goalId(),
                            "Plan a Friday film night", Assignee.client(), null, Frequency.WEEKLY))),
            new Operation(COMPLETE_TASK, "markDone", "Task", ConsentAuthorizationMatrixTest::proposed,
                    (caller, goal) -> database.call(() -> database.taskService(caller).markDone(goal.taskId(),
                            goal.taskVersion()))),
            new Operation(DROP_TASK, "drop", "Task", ConsentAuthorizationMatrixTest::proposed,
                    (caller, goal) -> database.call(() -> database.taskService(caller).drop(goal.taskId(),
                            goal.taskVersion()))),
            new Operation(CHECK_IN_PROGRESS, "checkIn", "Goal", ConsentAuthorizationMatrixTest::agreed,
                    (caller, goal) -> database.call(() -> database.progressService(caller).checkIn(goal.goalId(), 6,
                            null, "A quieter Friday"))),
            new Operation(WRITE_NOTE, "write", "TeamNote", ConsentAuthorizationMatrixTest::proposed,
                    (caller, goal) -> database.call(() -> database.noteService(caller).write(goal.clientId(),
                            goal.goalId(), Visibility.CARE_TEAM, "Talked about Fridays"))));

    @BeforeAll
    static void openTheClinic() {
        database = ClinicDatabase.migrated();
        desk = new GoalDesk(database, SmallClinic.openIn(database));
    }

    @AfterAll
    static void closeTheClinic() {
        database.close();
    }

    // ------------------------------------------------------------- each discipline × consent × operation

    static Stream<Arguments> everyOperationOnALabelledGoalByEachDisciplineWithAndWithoutConsent() {
        return ON_A_LABELLED_GOAL.stream().flatMap(operation -> Arrays.stream(Member.values())
                .flatMap(member -> Stream.of(true, false).map(consent -> arguments(operation, member, consent))));
    }

    @ParameterizedTest(name = "{0} by {1}, consent given: {2}")
    @MethodSource("everyOperationOnALabelledGoalByEachDisciplineWithAndWithoutConsent")
    void anOperationOnALabelledGoalIsAllowedOnlyWithTheClientsConsentAndARefusalIsAuditedAsWithheld(
            Operation operation, Member member, boolean consent) {
        Labelled goal = operation.setup().prepare(member);
        decideSubstanceUse(consent ? EnumSet.allOf(Discipline.class) : everyoneBut(member.discipline));

        Audited<Object> tried = desk.audited(() -> consent
                ? operation.call().on(member.caller, goal)
                : assertThrows(AccessRefused.class, () -> operation.call().on(member.caller, goal)));

        Long recordId = switch (operation.recordType()) {
            case "Task" -> goal.taskId();
            case "TeamNote" -> null;
            default -> goal.goalId();
        };
        assertEquals(List.of(Event.of(member.caller, operation.operation().name(), operation.recordType(), recordId,
                goal.clientId(), consent ? "ALLOWED" : "REFUSED")), tried.events(), "one audit event");
        if (!consent) {
            String refusal = ((AccessRefused) tried.result()).getMessage();
            assertTrue(refusal.contains("withheld by the client's consent"), refusal);
            assertFalse(refusal.contains("drinks"), "the refusal says nothing of the goal");
            assertEquals(AccessPolicy.WITHHELD_BY_CONSENT, lastAuditReason());
        }
    }

    static Stream<Arguments> eachDisciplineWithAndWithoutConsent() {
        return Arrays.stream(Member.values()).flatMap(member -> Stream.of(true, false).map(c -> arguments(member, c)));
    }

    @ParameterizedTest(name = "lists read by {0}, consent given: {1}")
    @MethodSource("eachDisciplineWithAndWithoutConsent")
    void everyListThatShowsGoalsShowsAWithheldGoalOnlyAsWithheldAndNothingOfItsTasksCheckInsAndNotes(
            Member member, boolean consent) {
        Labelled goal = agreed(member);
        database.call(() -> database.progressService(MARIA).checkIn(goal.goalId(), 7, null, "Fridays went well"));
        database.call(() -> database.noteService(MARIA).write(goal.clientId(), goal.goalId(), Visibility.CARE_TEAM,
                "Drinks came up again"));
        decideSubstanceUse(consent ? EnumSet.allOf(Discipline.class) : everyoneBut(member.discipline));

        long mark = database.lastAuditEventId();
        List<GoalView> goals = desk.as(member.caller, service -> service.goalsOf(goal.clientId()));
        List<TaskView> tasks = database.call(() -> database.taskService(member.caller).tasksOf(goal.clientId()));
        List<CheckInView> checkIns = database.call(() -> database.progressService(member.caller).progressOf(goal.clientId()));
        List<NoteView> notes = database.call(() -> database.noteService(member.caller).notesOf(goal.clientId()));

        GoalView shown = goals.stream().filter(view -> view.id() == goal.goalId()).findFirst().orElseThrow();
        assertEquals(!consent, shown.withheld());
        assertEquals(consent, tasks.stream().anyMatch(task -> task.goalId() == goal.goalId()), "its task");
        assertEquals(consent, checkIns.stream().anyMatch(checkIn -> checkIn.goalId() == goal.goalId()), "its check-in");
        assertEquals(consent, notes.stream().anyMatch(note -> goal.goalId() == (note.goalId() == null ? -1 : note.goalId())),
                "its note");
        String everything = String.valueOf(goals) + tasks + checkIns + notes;
        assertEquals(consent, everything.contains(WORDS + " " + goal.goalId()), "the goal's words");
        assertEquals(consent, everything.contains("SUBSTANCE_USE"), "the label's name");
        long refusals = database.auditEventsAfter(mark).stream()
                .filter(row -> "REFUSED".equals(row.outcome()) && AccessPolicy.WITHHELD_BY_CONSENT.equals(row.reason())
                        && Long.valueOf(goal.goalId()).equals(row.recordId()))
                .count();
        assertEquals(consent ? 0 : 4, refusals, "each list audits what it withheld");
    }

    @Test
    void theClientAlwaysSeesAllOfTheirOwnPlanWhateverTheyWithhold() {
        Labelled goal = proposed(Member.PRIMARY_CARE);
        decideSubstanceUse(EnumSet.noneOf(Discipline.class));
        GoalView mine = desk.as(ALEX_PORTAL, goals -> goals.goalsOf(goal.clientId())).stream()
                .filter(view -> view.id() == goal.goalId()).findFirst().orElseThrow();
        assertFalse(mine.withheld());
        assertEquals(WORDS + " " + goal.goalId(), mine.clientWords());
        assertEquals(goal.goalId(), desk.as(ALEX_PORTAL, goals -> goals.historyOf(goal.goalId())).goal().id());
        decideSubstanceUse(EnumSet.allOf(Discipline.class));
    }

    @Test
    void consentWithdrawnCountsAtTheNextRequestAndGivenAgainShowsTheGoalAgain() {
        Labelled goal = proposed(Member.PRIMARY_CARE);
        assertEquals(goal.goalId(), desk.as(LENA, goals -> goals.historyOf(goal.goalId())).goal().id());
        decideSubstanceUse(everyoneBut(Discipline.PRIMARY_CARE));
        assertThrows(AccessRefused.class, () -> desk.as(LENA, goals -> goals.historyOf(goal.goalId())));
        assertEquals(goal.goalId(), desk.as(PRIYA, goals -> goals.historyOf(goal.goalId())).goal().id(),
                "psychiatry still sees it");
        decideSubstanceUse(EnumSet.allOf(Discipline.class));
        assertEquals(WORDS + " " + goal.goalId(),
                desk.as(LENA, goals -> goals.historyOf(goal.goalId())).goal().clientWords());
    }

    // ----------------------------------------------------------------------- the consent itself

    static Stream<Arguments> theConsentByEveryCaller() {
        return CALLERS.stream().flatMap(who -> Stream.of(VIEW_CONSENT, DECIDE_CONSENT).map(operation -> arguments(
                operation, who, switch (who.standing()) {
                    // A clinician in an emergency access reads the consent too: what they may not see, and that it is withheld.
                    case ON_THE_TEAM, EMERGENCY_ACCESS -> operation == VIEW_CONSENT;
                    case OWN_PLAN -> true;
                    default -> false;
                })));
    }

    @ParameterizedTest(name = "{0} by {1}: allowed {2}")
    @MethodSource("theConsentByEveryCaller")
    void theClientDecidesTheirConsentTheirTeamReadsItAndNobodyElseDoesEither(PlanOperation operation, Someone who,
            boolean allowed) {
        long clientId = desk.clientId(who.client());
        Caller client = SmallClinic.portalOf(who.client());
        ConsentView before = consentAs(client, clientId);
        Set<Discipline> toggled = EnumSet.allOf(Discipline.class);
        if (before.standingOf(SensitiveLabel.HIV).allows(Discipline.PSYCHIATRY)) {
            toggled.remove(Discipline.PSYCHIATRY);
        }
        ConsentService service = database.consentService(who.caller());
        Function<ConsentService, Object> call = operation == VIEW_CONSENT
                ? consents -> consents.consentOf(clientId)
                : consents -> consents.decide(clientId, before.version(), Map.of(SensitiveLabel.HIV, toggled));

        Audited<Object> tried = desk.audited(() -> allowed
                ? database.call(() -> call.apply(service))
                : assertThrows(AccessRefused.class, () -> database.call(() -> call.apply(service))));

        assertEquals(List.of(Event.of(who.caller(), operation.name(), "ClientConsent", null, clientId,
                allowed ? "ALLOWED" : "REFUSED")), tried.events());
        ConsentView after = consentAs(client, clientId);
        if (allowed && operation == DECIDE_CONSENT) {
            assertEquals(toggled, after.standingOf(SensitiveLabel.HIV).maySee());
            assertEquals(who.caller().username(), after.history().get(0).decidedBy());
        } else {
            assertEquals(before, after, "nothing changed");
        }
    }

    @Test
    void theCallersAreEveryStanding() {
        assertEquals(EnumSet.allOf(Standing.class), CALLERS.stream().map(Someone::standing)
                .collect(() -> EnumSet.noneOf(Standing.class), Set::add, Set::addAll));
    }

    // ------------------------------------------------------------------------------ the states

    private static ConsentView consentAsTheClient(long clientId) {
        return consentAs(ALEX_PORTAL, clientId);
    }

    private static ConsentView consentAs(Caller client, long clientId) {
        return database.call(() -> database.consentService(client).consentOf(clientId));
    }

    /** Alex decides, on their consent page, exactly who of the team may see what is labelled substance use. */
    private static void decideSubstanceUse(Set<Discipline> maySee) {
        long clientId = desk.clientId(Person.ALEX);
        ConsentView now = consentAsTheClient(clientId);
        if (!now.standingOf(SensitiveLabel.SUBSTANCE_USE).maySee().equals(maySee)) {
            database.call(() -> database.consentService(ALEX_PORTAL).decide(clientId, now.version(),
                    Map.of(SensitiveLabel.SUBSTANCE_USE, maySee)));
        }
    }

    private static Set<Discipline> everyoneBut(Discipline discipline) {
        Set<Discipline> others = EnumSet.allOf(Discipline.class);
        others.remove(discipline);
        return others;
    }

    /**
     * A goal of Alex's owned by every discipline, proposed by the care manager and labelled
     * "substance use" by Alex, with a task toward it, while every discipline may see it.
     */
    private static Labelled proposed(Member member) {
        decideSubstanceUse(EnumSet.allOf(Discipline.class));
        long clientId = desk.clientId(Person.ALEX);
        int number = NUMBER.incrementAndGet();
        GoalView draft = desk.as(MARIA, goals -> goals.propose(clientId, content("draft " + number, Discipline.values())));
        GoalView worded = desk.as(MARIA, goals -> goals.revise(draft.id(), draft.version(),
                content(WORDS + " " + draft.id(), Discipline.values()), "in Alex's words"));
        GoalView labelled = desk.as(ALEX_PORTAL, goals -> goals.label(worded.id(), worded.version(),
                EnumSet.of(SensitiveLabel.SUBSTANCE_USE)));
        TaskView task = database.call(() -> database.taskService(MARIA).addTask(labelled.id(), "Call Sam on Fridays",
                Assignee.discipline(Party.CARE_MANAGEMENT), null, Frequency.WEEKLY));
        return new Labelled(clientId, labelled.id(), labelled.version(), task.id(), task.version());
    }

    /** As {@link #proposed}, then agreed by Alex and every discipline. */
    private static Labelled agreed(Member member) {
        Labelled goal = proposed(member);
        GoalView answered = null;
        long version = goal.version();
        List<Caller> parties = new ArrayList<>(List.of(ALEX_PORTAL, PRIYA, LENA, SAM));
        for (Caller party : parties) {
            long seen = version;
            answered = desk.as(party, goals -> goals.respond(goal.goalId(), seen, Response.AGREE, null));
            version = answered.version();
        }
        assertEquals(GoalStatus.AGREED, answered.status());
        return new Labelled(goal.clientId(), goal.goalId(), answered.version(), goal.taskId(), goal.taskVersion());
    }

    /** As {@link #agreed}, then paused by the care manager. */
    private static Labelled paused(Member member) {
        Labelled goal = agreed(member);
        GoalView paused = desk.as(MARIA, goals -> goals.pause(goal.goalId(), goal.version(), "a stay in hospital"));
        return new Labelled(goal.clientId(), goal.goalId(), paused.version(), goal.taskId(), goal.taskVersion());
    }

    private static String lastAuditReason() {
        return database.query("select reason from audit_event where id = (select max(id) from audit_event)", row -> {
            row.next();
            return row.getString(1);
        });
    }
}
