package care.alliance.goal;

import care.alliance.testing.PlanCallers.Someone;
import care.alliance.testing.PlanCallers.Standing;
import static care.alliance.testing.PlanCallers.CALLERS;
import static care.alliance.access.PlanOperation.ADD_TASK;
import static care.alliance.access.PlanOperation.AGREE_TO_TASK;
import static care.alliance.access.PlanOperation.CHECK_IN_ALLIANCE;
import static care.alliance.access.PlanOperation.CHECK_IN_PROGRESS;
import static care.alliance.access.PlanOperation.COMPLETE_TASK;
import static care.alliance.access.PlanOperation.DISCONTINUE_GOAL;
import static care.alliance.access.PlanOperation.DROP_TASK;
import static care.alliance.access.PlanOperation.EDIT_PLAN;
import static care.alliance.access.PlanOperation.EDIT_PREFERENCES;
import static care.alliance.access.PlanOperation.LABEL_GOAL;
import static care.alliance.access.PlanOperation.LOG_REPAIR;
import static care.alliance.access.PlanOperation.MARK_GOAL_ACHIEVED;
import static care.alliance.access.PlanOperation.PAUSE_GOAL;
import static care.alliance.access.PlanOperation.PROPOSE_GOAL;
import static care.alliance.access.PlanOperation.READ_PSYCHOTHERAPY_NOTE;
import static care.alliance.access.PlanOperation.RESPOND_TO_GOAL;
import static care.alliance.access.PlanOperation.RESUME_GOAL;
import static care.alliance.access.PlanOperation.REVISE_GOAL;
import static care.alliance.access.PlanOperation.VIEW_GOAL_HISTORY;
import static care.alliance.access.PlanOperation.VIEW_ALLIANCE;
import static care.alliance.access.PlanOperation.VIEW_PLAN;
import static care.alliance.access.PlanOperation.WRITE_NOTE;
import static care.alliance.access.PlanOperation.WRITE_PSYCHOTHERAPY_NOTE;
import static care.alliance.goal.GoalDesk.content;
import static care.alliance.goal.GoalDesk.roleOf;
import static care.alliance.team.Discipline.CARE_MANAGEMENT;
import static care.alliance.team.Discipline.PRIMARY_CARE;
import static care.alliance.team.Discipline.PSYCHIATRY;
import static care.alliance.team.Discipline.PSYCHOTHERAPY;
import static care.alliance.team.SmallClinic.portalOf;
import static care.alliance.team.SmallClinic.MARIA;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.PlanOperation;
import care.alliance.access.Role;
import care.alliance.consent.SensitiveLabel;
import care.alliance.goal.GoalDesk.Audited;
import care.alliance.goal.GoalDesk.Event;
import care.alliance.goal.GoalDesk.StoredGoal;
import care.alliance.team.Discipline;
import care.alliance.team.SmallClinic;
import care.alliance.team.SmallClinic.Person;
import care.alliance.testing.ClinicDatabase;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what to a client's goals, through {@link GoalService}: every {@link PlanOperation} the
 * service exposes, tried by every kind of caller, each allowed or refused exactly as DESIGN.md
 * ("Who may do what") and {@link PlanOperation#isForTeam()} / {@link PlanOperation#isForClient()}
 * say, and each leaving one audit event with who, in which role, did what to which record of which
 * client, and whether it was allowed.
 *
 * <p>Before each try the goal is put in the state the operation needs ({@link Operation#needs}),
 * by people who may do so; so an allowed try really succeeds, and a refused one is refused by the
 * policy, not by the goal's own rules. A refused try changes nothing.
 */
public class PlanAuthorizationMatrixTest {

    /** Whom DESIGN.md's table gives an operation on a client's plan. */
    enum Who {
        /** "team" and "yes" for the client on their own plan. */
        TEAM_AND_CLIENT(true, true),
        /** "team" only: the client sees it done, but does not do it. */
        TEAM_ONLY(true, false),
        /** Only the client, on their own plan. */
        CLIENT_ONLY(false, true);

        final boolean team;
        final boolean client;

        Who(boolean team, boolean client) {
            this.team = team;
            this.client = client;
        }
    }




    /** The goal an operation is tried on, as its caller last saw it; null for operations on the plan. */
    record Seen(long clientId, Long goalId, long version) {
    }

    @FunctionalInterface
    interface Setup {
        Seen prepare(Person client);
    }

    @FunctionalInterface
    interface Call {
        Object on(GoalService goals, Seen seen, Caller caller);
    }

    @FunctionalInterface
    interface Success {
        void check(Object result, Seen seen, Caller caller);
    }

    /**
     * One operation of the service: DESIGN.md's cell for it, the method that does it, the state the
     * goal needs so that an allowed caller succeeds, how to bring the goal there, the call, and what
     * shows it succeeded.
     */
    record Operation(PlanOperation operation, Who who, String method, String needs, Setup setup, Call call,
            Success success) {
        @Override
        public String toString() {
            return operation.name();
        }

        String recordType() {
            return operation == VIEW_PLAN ? "CarePlan" : "Goal";
        }
    }

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private static ClinicDatabase database;
    private static GoalDesk desk;

    /** The table: every operation GoalService exposes. */
    static final List<Operation> OPERATIONS = List.of(
            new Operation(VIEW_PLAN, Who.TEAM_AND_CLIENT, "goalsOf",
                    "a goal on the client's plan (proposed by the care manager)",
                    client -> proposed(client, CARE_MANAGEMENT),
                    (goals, seen, caller) -> goals.goalsOf(seen.clientId()),
                    (result, seen, caller) -> {
                        List<?> views = (List<?>) result;
                        assertTrue(views.stream().map(GoalView.class::cast).allMatch(view -> view.clientId() == seen.clientId()),
                                "only the client's goals");
                        assertTrue(views.stream().map(GoalView.class::cast).anyMatch(view -> view.id() == seen.goalId()),
                                "with the goal just proposed");
                    }),
            new Operation(VIEW_PLAN, Who.TEAM_AND_CLIENT, "currentGoalsOf",
                    "a goal on the client's plan (proposed by the care manager)",
                    client -> proposed(client, CARE_MANAGEMENT),
                    (goals, seen, caller) -> goals.currentGoalsOf(seen.clientId()),
                    (result, seen, caller) -> {
                        CurrentGoalsView current = (CurrentGoalsView) result;
                        assertTrue(current.goals().stream().allMatch(view -> view.clientId() == seen.clientId()),
                                "only the client's goals");
                        assertTrue(current.goals().stream().anyMatch(view -> view.id() == seen.goalId()),
                                "with the goal just proposed");
                    }),
            new Operation(VIEW_PLAN, Who.TEAM_AND_CLIENT, "closedGoalsOf",
                    "a goal of the client's plan the care manager discontinued",
                    PlanAuthorizationMatrixTest::discontinued,
                    (goals, seen, caller) -> goals.closedGoalsOf(seen.clientId()),
                    (result, seen, caller) -> {
                        List<?> views = (List<?>) result;
                        assertTrue(views.stream().map(GoalView.class::cast).allMatch(view -> view.clientId() == seen.clientId()
                                && view.status().isClosed()), "only the client's closed goals");
                        assertTrue(views.stream().map(GoalView.class::cast).anyMatch(view -> view.id() == seen.goalId()),
                                "with the goal just discontinued");
                    }),
            new Operation(PROPOSE_GOAL, Who.TEAM_AND_CLIENT, "propose",
                    "nothing: a new goal about mental health (not medication), owned by every discipline",
                    client -> new Seen(desk.clientId(client), null, 0),
                    (goals, seen, caller) -> goals.propose(seen.clientId(),
                            content("Go swimming on Saturdays, try " + NUMBER.incrementAndGet(),
                                    PSYCHIATRY, PRIMARY_CARE, PSYCHOTHERAPY, CARE_MANAGEMENT)),
                    (result, seen, caller) -> {
                        GoalView proposed = (GoalView) result;
                        assertEquals(GoalStatus.PROPOSED, proposed.status());
                        assertEquals(seen.clientId(), proposed.clientId());
                        assertEquals(caller.username(), desk.stored(proposed.id()).lastChangedBy(), "stored");
                    }),
            new Operation(RESPOND_TO_GOAL, Who.TEAM_AND_CLIENT, "respond",
                    "a proposed goal every discipline owns, so that every clinician answers for an owner",
                    client -> proposed(client, PSYCHIATRY, PRIMARY_CARE, PSYCHOTHERAPY, CARE_MANAGEMENT),
                    (goals, seen, caller) -> goals.respond(seen.goalId(), seen.version(), Response.ASK_FOR_CHANGE,
                            "Could we make it smaller?"),
                    (result, seen, caller) -> {
                        GoalView answered = (GoalView) result;
                        assertTrue(answered.answers().stream().anyMatch(answer -> caller.username().equals(answer.respondent())
                                && answer.response() == Response.ASK_FOR_CHANGE), "the caller's answer is there");
                        assertEquals(answered.version(), desk.stored(seen.goalId()).version(), "stored");
                    }),
            new Operation(REVISE_GOAL, Who.TEAM_AND_CLIENT, "revise",
                    "a proposed goal not about medication, so that any party may change it",
                    client -> proposed(client, PSYCHOTHERAPY, CARE_MANAGEMENT),
                    (goals, seen, caller) -> goals.revise(seen.goalId(), seen.version(),
                            content("Walk to the park on Sundays", PSYCHOTHERAPY, CARE_MANAGEMENT), "smaller steps"),
                    (result, seen, caller) -> {
                        assertEquals(2, ((GoalView) result).revision());
                        assertEquals(2, desk.stored(seen.goalId()).revisionWords().size(), "stored");
                    }),
            new Operation(MARK_GOAL_ACHIEVED, Who.TEAM_AND_CLIENT, "markAchieved",
                    "an agreed goal (proposed by the care manager, agreed by the client)",
                    PlanAuthorizationMatrixTest::agreed,
                    (goals, seen, caller) -> goals.markAchieved(seen.goalId(), seen.version()),
                    (result, seen, caller) -> assertEquals("ACHIEVED", desk.stored(seen.goalId()).status())),
            new Operation(PAUSE_GOAL, Who.TEAM_ONLY, "pause",
                    "an agreed goal (proposed by the care manager, agreed by the client)",
                    PlanAuthorizationMatrixTest::agreed,
                    (goals, seen, caller) -> goals.pause(seen.goalId(), seen.version(), "a stay in hospital"),
                    (result, seen, caller) -> assertEquals("PAUSED", desk.stored(seen.goalId()).status())),
            new Operation(RESUME_GOAL, Who.TEAM_ONLY, "resume",
                    "a paused goal (agreed, then paused by the care manager)",
                    PlanAuthorizationMatrixTest::paused,
                    (goals, seen, caller) -> goals.resume(seen.goalId(), seen.version()),
                    (result, seen, caller) -> assertEquals("AGREED", desk.stored(seen.goalId()).status())),
            new Operation(DISCONTINUE_GOAL, Who.TEAM_ONLY, "discontinue",
                    "a goal not yet closed (proposed by the care manager)",
                    client -> proposed(client, CARE_MANAGEMENT),
                    (goals, seen, caller) -> goals.discontinue(seen.goalId(), seen.version(), "no longer wanted"),
                    (result, seen, caller) -> assertEquals("DISCONTINUED", desk.stored(seen.goalId()).status())),
            new Operation(VIEW_GOAL_HISTORY, Who.TEAM_AND_CLIENT, "historyOf",
                    "any goal of the client's (proposed by the care manager)",
                    client -> proposed(client, CARE_MANAGEMENT),
                    (goals, seen, caller) -> goals.historyOf(seen.goalId()),
                    (result, seen, caller) -> assertEquals(seen.goalId(), ((GoalHistory) result).goal().id())),
            new Operation(LABEL_GOAL, Who.TEAM_AND_CLIENT, "label",
                    "any goal of the client's (proposed by the care manager), without labels yet",
                    client -> proposed(client, CARE_MANAGEMENT),
                    (goals, seen, caller) -> goals.label(seen.goalId(), seen.version(), EnumSet.of(SensitiveLabel.TRAUMA)),
                    (result, seen, caller) -> assertEquals(List.of("TRAUMA"), database.query(
                            "select label from goal_label where goal_id = " + seen.goalId(), row -> {
                                List<String> labels = new java.util.ArrayList<>();
                                while (row.next()) {
                                    labels.add(row.getString(1));
                                }
                                return labels;
                            }), "stored")));

    /** The operations GoalService exposes, named here so that a new one cannot go without rows. */
    public static final Set<PlanOperation> GOAL_SERVICE_OPERATIONS = EnumSet.of(VIEW_PLAN, PROPOSE_GOAL, RESPOND_TO_GOAL,
            REVISE_GOAL, MARK_GOAL_ACHIEVED, PAUSE_GOAL, RESUME_GOAL, DISCONTINUE_GOAL, VIEW_GOAL_HISTORY, LABEL_GOAL);

    /**
     * The operations on a plan that other services own (plan editing, tasks, progress, notes, preferences, the
     * alliance, psychotherapy notes): not tried here, but in {@code care.alliance.access.PlanOperationsMatrixTest}
     * and {@code care.alliance.access.RelationshipAndPrivacyMatrixTest}.
     */
    static final Map<PlanOperation, String> OWNED_BY_OTHER_SERVICES = Map.ofEntries(
            Map.entry(EDIT_PLAN, "care plan: concerns, strengths, review date"),
            Map.entry(ADD_TASK, "tasks"), Map.entry(AGREE_TO_TASK, "tasks"), Map.entry(COMPLETE_TASK, "tasks"),
            Map.entry(DROP_TASK, "tasks"),
            Map.entry(CHECK_IN_PROGRESS, "progress check-ins"),
            Map.entry(WRITE_NOTE, "team notes"),
            Map.entry(EDIT_PREFERENCES, "the client's preferences"),
            Map.entry(CHECK_IN_ALLIANCE, "alliance check-ins"), Map.entry(VIEW_ALLIANCE, "alliance check-ins"),
            Map.entry(LOG_REPAIR, "repairs of possible ruptures"),
            Map.entry(WRITE_PSYCHOTHERAPY_NOTE, "psychotherapy notes"),
            Map.entry(READ_PSYCHOTHERAPY_NOTE, "psychotherapy notes"),
            Map.entry(PlanOperation.FILL_IN_MEASURE, "measures"),
            Map.entry(PlanOperation.ENTER_MEASURE_FROM_PAPER, "measures"),
            Map.entry(PlanOperation.VIEW_MEASURES, "measures"), Map.entry(PlanOperation.VIEW_MEASURES_DUE, "measures"),
            Map.entry(PlanOperation.CLOSE_SAFETY_FLAG, "safety flags"),
            Map.entry(PlanOperation.CHANGE_MEASURE_SCHEDULE, "measure schedules"),
            Map.entry(PlanOperation.VIEW_CASE_REVIEW, "psychiatric case review"),
            Map.entry(PlanOperation.MARK_REVIEWED, "psychiatric case review"),
            Map.entry(PlanOperation.RECOMMEND, "psychiatric case review"),
            Map.entry(PlanOperation.ANSWER_RECOMMENDATION, "psychiatric case review"),
            Map.entry(PlanOperation.VIEW_OWN_MEASURES, "measures"),
            Map.entry(PlanOperation.VIEW_WHO_READ_PLAN, "who looked at the plan (PlanReadersTest)"),
            Map.entry(PlanOperation.VIEW_CONSENT, "the client's consent (ConsentAuthorizationMatrixTest)"),
            Map.entry(PlanOperation.DECIDE_CONSENT, "the client's consent (ConsentAuthorizationMatrixTest)"),
            Map.entry(PlanOperation.EXPORT_PLAN, "the FHIR export (FhirExportMatrixTest)"));

    @BeforeAll
    static void openTheClinic() {
        database = ClinicDatabase.migrated();
        desk = new GoalDesk(database, SmallClinic.openIn(database));
    }

    @AfterAll
    static void closeTheClinic() {
        database.close();
    }

    // ------------------------------------------------------------------------------- the matrix

    static Stream<Arguments> everyOperationByEveryCaller() {
        return OPERATIONS.stream().flatMap(operation -> CALLERS.stream().map(caller -> arguments(operation, caller,
                mayDo(operation.operation(), operation.who(), caller.standing()), operation.needs())));
    }

    /** DESIGN.md: the team's current clinicians where the cell says "team"; the client on their own plan where it says "yes". */
    static boolean mayDo(PlanOperation operation, Who who, Standing standing) {
        return switch (standing) {
            case ON_THE_TEAM -> who.team;
            case OWN_PLAN -> who.client;
            // an open emergency access opens the team's reads to a clinician off the team, never a change
            case EMERGENCY_ACCESS -> operation.opensInEmergency();
            case NOT_ON_THE_TEAM, FORMER_MEMBER, ANOTHER_CLIENTS_PLAN, NO_CLINICAL_ROLE -> false;
        };
    }

    @ParameterizedTest(name = "{0} by {1}: allowed {2}; needs {3}")
    @MethodSource("everyOperationByEveryCaller")
    void everyOperationIsAllowedOrRefusedAsTheDesignSaysAndAudited(Operation operation, Someone who, boolean allowed,
            String needs) {
        Seen seen = operation.setup().prepare(who.client());
        StoredGoal before = seen.goalId() == null ? null : desk.stored(seen.goalId());
        long goalsBefore = desk.goalsOf(who.client());
        GoalService service = database.goalService(who.caller());

        Audited<Object> tried = desk.audited(() -> {
            if (allowed) {
                return database.call(() -> operation.call().on(service, seen, who.caller()));
            }
            return assertThrows(AccessRefused.class,
                    () -> database.call(() -> operation.call().on(service, seen, who.caller())));
        });

        assertEquals(List.of(Event.of(who.caller(), operation.operation().name(), operation.recordType(),
                        operation.operation() == VIEW_PLAN || operation.operation() == PROPOSE_GOAL ? null : seen.goalId(),
                        seen.clientId(), allowed ? "ALLOWED" : "REFUSED")),
                tried.events(), "one audit event: who, in which role, did what to which record of which client, and the outcome");
        if (allowed) {
            operation.success().check(tried.result(), seen, who.caller());
        } else {
            assertNotNull(tried.result());
            assertTrue(((AccessRefused) tried.result()).getMessage().startsWith("This is not yours to see or change"),
                    ((AccessRefused) tried.result()).getMessage());
            if (before != null) {
                assertEquals(before, desk.stored(seen.goalId()), "the refused call changed nothing");
            }
            assertEquals(goalsBefore, desk.goalsOf(who.client()), "the refused call stored no goal");
        }
    }

    // ------------------------------------------------------------------------ the table is whole

    @Test
    void theTableHasRowsForEveryOperationGoalServiceExposesAndNoOther() {
        assertEquals(GOAL_SERVICE_OPERATIONS, OPERATIONS.stream().map(Operation::operation)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlanOperation.class))));
        // the plan is read whole, current, or its closed goals: three methods of one operation
        assertEquals(OPERATIONS.size(), GOAL_SERVICE_OPERATIONS.size() + 2, "each operation once, VIEW_PLAN thrice");
        assertEquals(OPERATIONS.size(), OPERATIONS.stream().map(Operation::method).distinct().count(), "each method once");
    }

    @Test
    void everyPlanOperationIsEitherTriedHereOrNamedAsAnotherServicesSoThatANewOneBreaksThisTest() {
        Set<PlanOperation> accounted = EnumSet.copyOf(GOAL_SERVICE_OPERATIONS);
        accounted.addAll(OWNED_BY_OTHER_SERVICES.keySet());
        assertEquals(EnumSet.allOf(PlanOperation.class), accounted,
                "a new PlanOperation needs rows here, or a line in OWNED_BY_OTHER_SERVICES");
        assertTrue(OWNED_BY_OTHER_SERVICES.keySet().stream().noneMatch(GOAL_SERVICE_OPERATIONS::contains),
                "an operation is either GoalService's or another service's");
    }

    @Test
    void everyPublicMethodOfGoalServiceHasItsRows() {
        Set<String> publicMethods = Arrays.stream(GoalService.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(publicMethods, OPERATIONS.stream().map(Operation::method)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void theTableSaysWhatPlanOperationSays() {
        assertAll(OPERATIONS.stream().map(operation -> () -> {
            assertEquals(operation.who().team, operation.operation().isForTeam(), operation + " is for the team");
            if (operation.who().team) {
                assertEquals(EnumSet.allOf(Discipline.class), operation.operation().disciplines(),
                        operation + " is for every discipline of the team");
            }
            assertEquals(operation.who().client, operation.operation().isForClient(), operation + " is for the client");
        }));
    }

    @Test
    void theCallersAreEveryKind() {
        Set<String> roles = CALLERS.stream().map(who -> roleOf(who.caller())).collect(Collectors.toSet());
        Set<String> everyRole = Stream.concat(Arrays.stream(Role.values()).map(Role::realmName), Stream.of("none"))
                .collect(Collectors.toSet());
        assertEquals(everyRole, roles, "every role, and none");
        assertAll(Arrays.stream(Role.values()).filter(Role::isClinician).map(role -> () -> {
            assertTrue(CALLERS.stream().anyMatch(who -> who.caller().has(role) && who.standing() == Standing.ON_THE_TEAM),
                    role + " on the team");
            assertTrue(CALLERS.stream().anyMatch(who -> who.caller().has(role) && who.standing() == Standing.NOT_ON_THE_TEAM),
                    role + " not on the team");
        }));
        assertEquals(EnumSet.allOf(Standing.class), CALLERS.stream().map(Someone::standing)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Standing.class))), "every standing");
        assertAll(CALLERS.stream().filter(who -> who.standing() == Standing.ON_THE_TEAM).map(who -> () ->
                assertTrue(Arrays.stream(Discipline.values()).anyMatch(discipline -> who.caller().has(discipline.role())),
                        who + " answers for a discipline")));
        assertFalse(CALLERS.stream().anyMatch(who -> who.caller().roles().size() > 1), "one role each");
    }

    // ------------------------------------------------------------------------------- the states

    /** A goal proposed by the care manager leading the client's team (Maria leads Alex's and Blake's). */
    private static Seen proposed(Person client, Discipline... owners) {
        GoalView goal = desk.as(MARIA, goals -> goals.propose(desk.clientId(client),
                content("Join the Tuesday cooking class, goal " + NUMBER.incrementAndGet(), owners)));
        return new Seen(goal.clientId(), goal.id(), goal.version());
    }

    /** A goal only care management owns, proposed by the care manager (who agrees by proposing) and agreed by the client. */
    private static Seen agreed(Person client) {
        Seen proposed = proposed(client, CARE_MANAGEMENT);
        GoalView agreed = desk.as(portalOf(client), goals -> goals.respond(proposed.goalId(), proposed.version(),
                Response.AGREE, null));
        assertEquals(GoalStatus.AGREED, agreed.status(), "set-up: the goal is agreed");
        return new Seen(agreed.clientId(), agreed.id(), agreed.version());
    }

    /** A proposed goal, discontinued by the care manager. */
    private static Seen discontinued(Person client) {
        Seen proposed = proposed(client, CARE_MANAGEMENT);
        GoalView discontinued = desk.as(MARIA, goals -> goals.discontinue(proposed.goalId(), proposed.version(),
                "no longer wanted"));
        assertEquals(GoalStatus.DISCONTINUED, discontinued.status(), "set-up: the goal is discontinued");
        return new Seen(discontinued.clientId(), discontinued.id(), discontinued.version());
    }

    /** An agreed goal, paused by the care manager. */
    private static Seen paused(Person client) {
        Seen agreed = agreed(client);
        GoalView paused = desk.as(MARIA, goals -> goals.pause(agreed.goalId(), agreed.version(), "a stay in hospital"));
        assertEquals(GoalStatus.PAUSED, paused.status(), "set-up: the goal is paused");
        return new Seen(paused.clientId(), paused.id(), paused.version());
    }
}
