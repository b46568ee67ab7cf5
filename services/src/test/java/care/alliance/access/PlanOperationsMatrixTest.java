package care.alliance.access;

import care.alliance.testing.PlanCallers.Someone;
import care.alliance.testing.PlanCallers.Standing;
import static care.alliance.testing.PlanCallers.CALLERS;
import static care.alliance.access.PlanOperation.ADD_TASK;
import static care.alliance.access.PlanOperation.AGREE_TO_TASK;
import static care.alliance.access.PlanOperation.CHECK_IN_PROGRESS;
import static care.alliance.access.PlanOperation.COMPLETE_TASK;
import static care.alliance.access.PlanOperation.DROP_TASK;
import static care.alliance.access.PlanOperation.EDIT_PLAN;
import static care.alliance.access.PlanOperation.VIEW_PLAN;
import static care.alliance.access.PlanOperation.WRITE_NOTE;
import static care.alliance.team.SmallClinic.portalOf;
import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.BLAKE_PORTAL;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.Person.ALEX;
import static care.alliance.team.SmallClinic.Person.BLAKE;
import static care.alliance.testing.ClinicDatabase.TODAY;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import care.alliance.careplan.CarePlanService;
import care.alliance.careplan.PlanReaders;
import care.alliance.careplan.PlanReadersTest;
import care.alliance.fhir.FhirExport;
import care.alliance.fhir.FhirExportMatrixTest;
import care.alliance.consent.ConsentService;
import care.alliance.goal.ConsentAuthorizationMatrixTest;
import care.alliance.client.PreferencesService;
import care.alliance.emergency.EmergencyAccessService;
import care.alliance.goal.GoalService;
import care.alliance.careplan.CarePlanView;
import care.alliance.goal.GoalView;
import care.alliance.goal.Target;
import care.alliance.goal.LifeArea;
import care.alliance.goal.PlanAuthorizationMatrixTest;
import care.alliance.measure.MeasureService;
import care.alliance.note.NoteService;
import care.alliance.note.NoteView;
import care.alliance.note.Visibility;
import care.alliance.progress.Celebration;
import care.alliance.progress.CheckInView;
import care.alliance.progress.ProgressService;
import care.alliance.review.CaseReviewService;
import care.alliance.relationship.AllianceService;
import care.alliance.task.Assignee;
import care.alliance.task.Frequency;
import care.alliance.task.TaskService;
import care.alliance.task.TaskView;
import care.alliance.team.Discipline;
import care.alliance.team.SmallClinic;
import care.alliance.team.SmallClinic.Person;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.PlanGoals;
import java.io.File;
import java.math.BigDecimal;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what to a client's plan through the services next to the goals: {@link CarePlanService},
 * {@link TaskService}, {@link ProgressService} and {@link NoteService}. Every public method, tried by
 * every kind of caller, is allowed or refused as DESIGN.md ("Who may do what") and
 * {@link PlanOperation#isForTeam()} / {@link PlanOperation#isForClient()} say, and leaves one audit
 * event: who, in which role, did what to which record of which client, and the outcome. Together with
 * {@link PlanAuthorizationMatrixTest} (GoalService) and {@link RelationshipAndPrivacyMatrixTest}
 * (preferences, the alliance, psychotherapy notes: the operations for some disciplines only) every
 * {@link PlanOperation} has rows, and every service that opens a client's plan is tried.
 *
 * <p>Before each try the plan is put in the state the method needs, by people who may do so; an
 * allowed try really succeeds, a refused one is refused by the policy and changes nothing.
 */
class PlanOperationsMatrixTest {

    /** Whom DESIGN.md gives an operation on a client's plan. */
    enum Who {
        TEAM_AND_CLIENT(true, true), TEAM_ONLY(true, false), CLIENT_ONLY(false, true);

        final boolean team;
        final boolean client;

        Who(boolean team, boolean client) {
            this.team = team;
            this.client = client;
        }
    }

    /** What the try works on: the client, and the goal or task set up for it, with the version seen and a count before. */
    record Seen(long clientId, Long goalId, Long taskId, long version, long before) {
    }

    @FunctionalInterface
    interface Setup {
        Seen prepare(Person client);
    }

    @FunctionalInterface
    interface Call {
        Object on(Caller caller, Seen seen);
    }

    @FunctionalInterface
    interface Success {
        void check(Object result, Seen seen, Caller caller);
    }

    record Row(PlanOperation operation, Who who, Class<?> service, String method, String recordType,
            Function<Seen, Long> recordId, Setup setup, Call call, Success success) {
        @Override
        public String toString() {
            return service.getSimpleName() + "." + method + " (" + operation + ")";
        }
    }

    private static final AtomicInteger NUMBER = new AtomicInteger();
    private static final Function<Seen, Long> NO_RECORD = seen -> null;

    private static ClinicDatabase database;
    private static SmallClinic clinic;
    private static PlanGoals goals;

    @BeforeAll
    static void openTheClinic() {
        database = ClinicDatabase.migrated();
        clinic = SmallClinic.openIn(database);
        goals = new PlanGoals(database);
    }

    @AfterAll
    static void closeTheClinic() {
        database.close();
    }

    static final List<Row> ROWS = List.of(
            new Row(VIEW_PLAN, Who.TEAM_AND_CLIENT, CarePlanService.class, "planOf", "CarePlan", NO_RECORD,
                    PlanOperationsMatrixTest::planWithAConcern,
                    (caller, seen) -> plans(caller, service -> service.planOf(seen.clientId())),
                    (result, seen, caller) -> {
                        CarePlanView plan = (CarePlanView) result;
                        assertEquals(seen.clientId(), plan.clientId());
                        assertFalse(plan.concerns().isEmpty());
                        boolean client = caller.has(Role.CLIENT);
                        assertTrue(plan.concerns().stream().allMatch(concern -> client == (concern.clinicalSummary() == null)),
                                "clinical summaries for the team only");
                    }),
            new Row(EDIT_PLAN, Who.TEAM_ONLY, CarePlanService.class, "addConcern", "CarePlan", NO_RECORD,
                    PlanOperationsMatrixTest::planWithAConcern,
                    (caller, seen) -> plans(caller, service -> service.addConcern(seen.clientId(), seen.version(),
                            "Tired all day", "Daytime fatigue")),
                    (result, seen, caller) -> assertEquals(seen.before() + 1, concerns(seen.clientId()))),
            new Row(EDIT_PLAN, Who.TEAM_ONLY, CarePlanService.class, "removeConcern", "CarePlan", NO_RECORD,
                    PlanOperationsMatrixTest::planWithAConcern,
                    (caller, seen) -> plans(caller, service -> service.removeConcern(seen.clientId(), seen.version(), 0)),
                    (result, seen, caller) -> assertEquals(seen.before() - 1, concerns(seen.clientId()))),
            new Row(EDIT_PLAN, Who.TEAM_ONLY, CarePlanService.class, "addStrength", "CarePlan", NO_RECORD,
                    PlanOperationsMatrixTest::planWithAStrength,
                    (caller, seen) -> plans(caller, service -> service.addStrength(seen.clientId(), seen.version(), "Patient")),
                    (result, seen, caller) -> assertEquals(seen.before() + 1, strengths(seen.clientId()))),
            new Row(EDIT_PLAN, Who.TEAM_ONLY, CarePlanService.class, "removeStrength", "CarePlan", NO_RECORD,
                    PlanOperationsMatrixTest::planWithAStrength,
                    (caller, seen) -> plans(caller, service -> service.removeStrength(seen.clientId(), seen.version(), 0)),
                    (result, seen, caller) -> assertEquals(seen.before() - 1, strengths(seen.clientId()))),
            new Row(EDIT_PLAN, Who.TEAM_ONLY, CarePlanService.class, "scheduleReview", "CarePlan", NO_RECORD,
                    PlanOperationsMatrixTest::planWithAStrength,
                    (caller, seen) -> plans(caller, service -> service.scheduleReview(seen.clientId(), seen.version(),
                            TODAY.plusDays(seen.version() + 1))),
                    (result, seen, caller) -> assertEquals(TODAY.plusDays(seen.version() + 1),
                            database.query("select next_review_on from care_plan where client_id = " + seen.clientId(),
                                    row -> {
                                        row.next();
                                        return row.getObject(1, java.time.LocalDate.class);
                                    }))),
            new Row(VIEW_PLAN, Who.TEAM_AND_CLIENT, TaskService.class, "tasksOf", "Task", NO_RECORD,
                    PlanOperationsMatrixTest::openClientTask,
                    (caller, seen) -> tasks(caller, service -> service.tasksOf(seen.clientId())),
                    (result, seen, caller) -> assertTrue(((List<?>) result).stream().map(TaskView.class::cast)
                            .anyMatch(task -> task.id() == seen.taskId()), "the task set up is listed")),
            new Row(VIEW_PLAN, Who.TEAM_AND_CLIENT, TaskService.class, "currentTasksOf", "Task", NO_RECORD,
                    PlanOperationsMatrixTest::openClientTask,
                    (caller, seen) -> tasks(caller, service -> service.currentTasksOf(seen.clientId())),
                    (result, seen, caller) -> assertTrue(((List<?>) result).stream().map(TaskView.class::cast)
                            .anyMatch(task -> task.id() == seen.taskId()), "the task set up, toward a current goal, is listed")),
            new Row(VIEW_PLAN, Who.TEAM_AND_CLIENT, TaskService.class, "tasksOfGoal", "Task", NO_RECORD,
                    PlanOperationsMatrixTest::openClientTask,
                    (caller, seen) -> tasks(caller, service -> service.tasksOfGoal(seen.goalId())),
                    (result, seen, caller) -> assertEquals(List.of(seen.taskId()), ((List<?>) result).stream()
                            .map(TaskView.class::cast).map(TaskView::id).toList(), "the goal's one task")),
            new Row(ADD_TASK, Who.TEAM_AND_CLIENT, TaskService.class, "addTask", "Goal", Seen::goalId,
                    PlanOperationsMatrixTest::agreedGoal,
                    (caller, seen) -> tasks(caller, service -> service.addTask(seen.goalId(), "Stretch for ten minutes",
                            Assignee.client(), null, Frequency.DAILY)),
                    (result, seen, caller) -> assertEquals(caller.username(), database.text("select created_by from goal_task where id = "
                            + ((TaskView) result).id() + " and goal_id = " + seen.goalId()))),
            new Row(AGREE_TO_TASK, Who.CLIENT_ONLY, TaskService.class, "agreeToTask", "Task", Seen::taskId,
                    PlanOperationsMatrixTest::openClientTask,
                    (caller, seen) -> tasks(caller, service -> service.agreeToTask(seen.taskId(), seen.version())),
                    (result, seen, caller) -> assertNotNull(database.text("select cast(client_agreed_at as varchar) from goal_task"
                            + " where id = " + seen.taskId()))),
            new Row(COMPLETE_TASK, Who.TEAM_AND_CLIENT, TaskService.class, "markDone", "Task", Seen::taskId,
                    PlanOperationsMatrixTest::openClientTask,
                    (caller, seen) -> tasks(caller, service -> service.markDone(seen.taskId(), seen.version())),
                    (result, seen, caller) -> assertEquals("DONE", taskStatus(seen))),
            new Row(COMPLETE_TASK, Who.TEAM_AND_CLIENT, TaskService.class, "reopen", "Task", Seen::taskId,
                    PlanOperationsMatrixTest::doneClientTask,
                    (caller, seen) -> tasks(caller, service -> service.reopen(seen.taskId(), seen.version())),
                    (result, seen, caller) -> assertEquals("OPEN", taskStatus(seen))),
            new Row(DROP_TASK, Who.TEAM_ONLY, TaskService.class, "drop", "Task", Seen::taskId,
                    PlanOperationsMatrixTest::openClientTask,
                    (caller, seen) -> tasks(caller, service -> service.drop(seen.taskId(), seen.version())),
                    (result, seen, caller) -> assertEquals("DROPPED", taskStatus(seen))),
            new Row(CHECK_IN_PROGRESS, Who.TEAM_AND_CLIENT, ProgressService.class, "checkIn", "Goal", Seen::goalId,
                    PlanOperationsMatrixTest::agreedGoal,
                    (caller, seen) -> progress(caller, service -> service.checkIn(seen.goalId(), 6, null, "Steady week")),
                    (result, seen, caller) -> assertEquals(caller.username(), database.text("select by_username from progress_check_in"
                            + " where id = " + ((CheckInView) result).id() + " and goal_id = " + seen.goalId()))),
            new Row(VIEW_PLAN, Who.TEAM_AND_CLIENT, ProgressService.class, "celebrationsOf", "Celebration", NO_RECORD,
                    PlanOperationsMatrixTest::targetReached,
                    (caller, seen) -> progress(caller, service -> service.celebrationsOf(seen.clientId())),
                    (result, seen, caller) -> assertTrue(((List<?>) result).stream().map(Celebration.class::cast)
                            .anyMatch(celebration -> celebration.kind() == Celebration.Kind.TARGET_REACHED),
                            "the target reached is celebrated")),
            new Row(VIEW_PLAN, Who.TEAM_AND_CLIENT, ProgressService.class, "progressOf", "ProgressCheckIn", NO_RECORD,
                    PlanOperationsMatrixTest::checkedIn,
                    (caller, seen) -> progress(caller, service -> service.progressOf(seen.clientId())),
                    (result, seen, caller) -> assertTrue(((List<?>) result).stream().map(CheckInView.class::cast)
                            .anyMatch(checkIn -> checkIn.id() == seen.before()), "the check-in set up is listed")),
            new Row(VIEW_PLAN, Who.TEAM_AND_CLIENT, ProgressService.class, "progressOfGoal", "ProgressCheckIn", NO_RECORD,
                    PlanOperationsMatrixTest::checkedIn,
                    (caller, seen) -> progress(caller, service -> service.progressOfGoal(seen.goalId())),
                    (result, seen, caller) -> assertEquals(List.of(seen.before()), ((List<?>) result).stream()
                            .map(CheckInView.class::cast).map(CheckInView::id).toList(), "the goal's one check-in")),
            new Row(WRITE_NOTE, Who.TEAM_ONLY, NoteService.class, "write", "TeamNote", NO_RECORD,
                    client -> new Seen(clinic.clientId(client), null, null, 0, 0),
                    (caller, seen) -> notes(caller, service -> service.write(seen.clientId(), null, Visibility.CARE_TEAM,
                            "Spoke with the GP today.")),
                    (result, seen, caller) -> assertEquals(caller.username(), database.text("select author from team_note where id = "
                            + ((NoteView) result).id() + " and client_id = " + seen.clientId()))),
            new Row(VIEW_PLAN, Who.TEAM_AND_CLIENT, NoteService.class, "notesOf", "TeamNote", NO_RECORD,
                    PlanOperationsMatrixTest::notesOfBothKinds,
                    (caller, seen) -> notes(caller, service -> service.notesOf(seen.clientId())),
                    (result, seen, caller) -> {
                        List<NoteView> read = ((List<?>) result).stream().map(NoteView.class::cast).toList();
                        assertTrue(read.stream().anyMatch(note -> note.id() == seen.before()), "the client-visible note");
                        if (caller.has(Role.CLIENT)) {
                            assertTrue(read.stream().allMatch(note -> note.visibility() == Visibility.CLIENT_VISIBLE),
                                    "the client reads only client-visible notes");
                        } else {
                            assertTrue(read.stream().anyMatch(note -> note.id() == seen.version()), "the team's note");
                        }
                    }));

    // ------------------------------------------------------------------------------- the matrix

    static Stream<Arguments> everyMethodByEveryCaller() {
        return ROWS.stream().flatMap(row -> CALLERS.stream().map(who -> arguments(row, who,
                mayDo(row.operation(), row.who(), who.standing()))));
    }

    /** DESIGN.md's cell, and an open emergency access lets a clinician off the team do the team's reads. */
    static boolean mayDo(PlanOperation operation, Who who, Standing standing) {
        return switch (standing) {
            case ON_THE_TEAM -> who.team;
            case OWN_PLAN -> who.client;
            case EMERGENCY_ACCESS -> operation.opensInEmergency();
            case NOT_ON_THE_TEAM, FORMER_MEMBER, ANOTHER_CLIENTS_PLAN, NO_CLINICAL_ROLE -> false;
        };
    }

    @ParameterizedTest(name = "{0} by {1}: allowed {2}")
    @MethodSource("everyMethodByEveryCaller")
    void everyOperationIsAllowedOrRefusedAsTheDesignSaysAndAudited(Row row, Someone who, boolean allowed) {
        Seen seen = row.setup().prepare(who.client());
        List<String> before = snapshot(seen.clientId());
        long mark = database.lastAuditEventId();

        Object result;
        if (allowed) {
            result = database.call(() -> row.call().on(who.caller(), seen));
        } else {
            AccessRefused refused = assertThrows(AccessRefused.class,
                    () -> database.call(() -> row.call().on(who.caller(), seen)));
            assertTrue(refused.getMessage().startsWith("This is not yours to see or change"), refused.getMessage());
            result = refused;
        }

        List<AuditRow> events = database.auditEventsAfter(mark);
        assertEquals(1, events.size(), "one audit event: " + events);
        AuditRow event = events.get(0);
        assertAll(
                () -> assertEquals(who.caller().username(), event.actor(), "actor"),
                () -> assertEquals(who.caller().actingRole(), event.actorRole(), "role"),
                () -> assertEquals(row.operation().name(), event.action(), "action"),
                () -> assertEquals(row.recordType(), event.recordType(), "record type"),
                () -> assertEquals(row.recordId().apply(seen), event.recordId(), "record id"),
                () -> assertEquals(seen.clientId(), event.clientId(), "client id"),
                () -> assertEquals(allowed ? "ALLOWED" : "REFUSED", event.outcome(), "outcome"),
                () -> assertNotNull(event.occurredAt(), "when"),
                () -> assertFalse(event.reason() == null || event.reason().isBlank(), "why"),
                () -> assertNotNull(event.sourceAddress(), "from where"));
        if (allowed && who.standing() == Standing.EMERGENCY_ACCESS) {
            assertEquals("emergency access: " + SmallClinic.ROSA_REASON, event.reason(), "a read under emergency access");
        }
        if (allowed) {
            row.success().check(result, seen, who.caller());
        } else {
            assertEquals(before, snapshot(seen.clientId()), "the refused call changed nothing");
        }
    }

    // ------------------------------------------------------------------------ the table is whole

    /** The operations tried here: all but GoalService's own, and the reads of these services. */
    static Set<PlanOperation> triedHere() {
        return ROWS.stream().map(Row::operation).collect(Collectors.toCollection(() -> EnumSet.noneOf(PlanOperation.class)));
    }

    @Test
    void everyPlanOperationHasRowsInOneOfTheThreeMatricesSoThatANewOneBreaksThisTest() {
        Set<PlanOperation> here = triedHere();
        Set<PlanOperation> goals = PlanAuthorizationMatrixTest.GOAL_SERVICE_OPERATIONS;
        Set<PlanOperation> relationship = RelationshipAndPrivacyMatrixTest.triedHere();
        Set<PlanOperation> measures = MeasureMatrixTest.triedHere();
        Set<PlanOperation> caseReview = CaseReviewMatrixTest.triedHere();
        Set<PlanOperation> accounted = EnumSet.copyOf(here);
        accounted.addAll(PlanReadersTest.TRIED_THERE);
        accounted.addAll(FhirExportMatrixTest.TRIED_THERE);
        accounted.addAll(ConsentAuthorizationMatrixTest.TRIED_THERE);
        accounted.addAll(caseReview);
        accounted.addAll(goals);
        accounted.addAll(relationship);
        accounted.addAll(measures);
        assertEquals(EnumSet.allOf(PlanOperation.class), accounted, "a new PlanOperation needs rows here,"
                + " in PlanAuthorizationMatrixTest, RelationshipAndPrivacyMatrixTest, MeasureMatrixTest, CaseReviewMatrixTest"
                + ", PlanReadersTest or FhirExportMatrixTest");
        assertEquals(EnumSet.noneOf(PlanOperation.class), both(measures, here), "the measures' operations are their own");
        assertEquals(EnumSet.noneOf(PlanOperation.class), both(caseReview, here), "the case review's operations are its own");
        assertAll(
                () -> assertEquals(EnumSet.of(VIEW_PLAN), both(here, goals), "only reading the plan is every service's"),
                () -> assertEquals(EnumSet.of(VIEW_PLAN), both(here, relationship), "only reading the plan is every service's"),
                () -> assertEquals(EnumSet.of(VIEW_PLAN), both(goals, relationship), "only reading the plan is every service's"));
        assertEquals(EnumSet.of(VIEW_PLAN, EDIT_PLAN, ADD_TASK, AGREE_TO_TASK, COMPLETE_TASK, DROP_TASK,
                CHECK_IN_PROGRESS, WRITE_NOTE), here);
    }

    private static Set<PlanOperation> both(Set<PlanOperation> one, Set<PlanOperation> other) {
        Set<PlanOperation> both = EnumSet.copyOf(one);
        both.retainAll(other);
        return both;
    }

    /**
     * Every public method of the four services has its row, here or, for NoteService's psychotherapy
     * notes, in {@link RelationshipAndPrivacyMatrixTest}; none has rows in both.
     */
    @Test
    void everyPublicMethodOfTheFourServicesHasItsRowHereOrInTheRelationshipAndPrivacyMatrix() {
        for (Class<?> service : List.of(CarePlanService.class, TaskService.class, ProgressService.class, NoteService.class)) {
            Set<String> publicMethods = publicMethods(service);
            Set<String> here = ROWS.stream().filter(row -> row.service() == service).map(Row::method)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> there = RelationshipAndPrivacyMatrixTest.methodsTriedHere(service);
            assertTrue(here.stream().noneMatch(there::contains), service.getSimpleName() + ": a method has rows in one table");
            Set<String> tried = new TreeSet<>(here);
            tried.addAll(there);
            assertEquals(publicMethods, tried, service.getSimpleName());
        }
        assertEquals(ROWS.size(), ROWS.stream().map(Row::toString).distinct().count(), "each method once");
    }

    /**
     * The services that open a client's plan (through {@link CarePlanAccess}) and the matrix that
     * tries each: a new service that opens plans needs its rows, and a line here.
     */
    static final Map<Class<?>, String> PLAN_SERVICES = Map.ofEntries(
            Map.entry(GoalService.class, "PlanAuthorizationMatrixTest"),
            Map.entry(CarePlanService.class, "PlanOperationsMatrixTest"),
            Map.entry(TaskService.class, "PlanOperationsMatrixTest"),
            Map.entry(ProgressService.class, "PlanOperationsMatrixTest"),
            Map.entry(NoteService.class, "PlanOperationsMatrixTest and RelationshipAndPrivacyMatrixTest"),
            Map.entry(PreferencesService.class, "RelationshipAndPrivacyMatrixTest"),
            Map.entry(AllianceService.class, "RelationshipAndPrivacyMatrixTest"),
            Map.entry(MeasureService.class, "MeasureMatrixTest"),
            Map.entry(CaseReviewService.class, "CaseReviewMatrixTest"),
            Map.entry(PlanReaders.class, "PlanReadersTest"),
            Map.entry(ConsentService.class, "ConsentAuthorizationMatrixTest"),
            Map.entry(EmergencyAccessService.class, "EmergencyAccessServiceTest"),
            Map.entry(FhirExport.class, "FhirExportMatrixTest"));

    @Test
    void everyServiceThatOpensAClientsPlanIsTriedByAMatrix() throws Exception {
        Path classes = Path.of(CarePlanAccess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(classes), "the services' classes are read from " + classes);
        Set<String> opening;
        try (Stream<Path> files = Files.walk(classes)) {
            List<String> names = files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .toList();
            opening = new TreeSet<>();
            for (String name : names) {
                Class<?> type = Class.forName(name, false, CarePlanAccess.class.getClassLoader());
                if (Arrays.stream(type.getDeclaredFields()).anyMatch(field -> field.getType() == CarePlanAccess.class)) {
                    opening.add(type.getName());
                }
            }
        }
        assertEquals(PLAN_SERVICES.keySet().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new)),
                opening, "a service that opens clients' plans needs rows in a matrix, and a line in PLAN_SERVICES");
        // GoalService's, MeasureService's, CaseReviewService's, PlanReaders', ConsentService's, EmergencyAccessService's
        // and FhirExport's methods are checked by their own matrices.
        assertAll(PLAN_SERVICES.keySet().stream()
                .filter(service -> service != GoalService.class && service != MeasureService.class
                        && service != CaseReviewService.class && service != PlanReaders.class
                        && service != ConsentService.class && service != EmergencyAccessService.class
                        && service != FhirExport.class).map(service -> () -> {
            Set<String> untried = publicMethods(service);
            ROWS.stream().filter(row -> row.service() == service).map(Row::method).forEach(untried::remove);
            untried.removeAll(RelationshipAndPrivacyMatrixTest.methodsTriedHere(service));
            untried.removeIf(method -> RelationshipAndPrivacyMatrixTest.TRIED_ELSEWHERE
                    .containsKey(service.getSimpleName() + "." + method));
            assertEquals(Set.of(), untried, service.getSimpleName() + ": public methods without rows");
        }));
    }

    private static Set<String> publicMethods(Class<?> service) {
        return Arrays.stream(service.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theTableSaysWhatPlanOperationSays() {
        assertAll(ROWS.stream().map(row -> () -> {
            assertEquals(row.who().team, row.operation().isForTeam(), row + " is for the team");
            if (row.who().team) {
                assertEquals(EnumSet.allOf(Discipline.class), row.operation().disciplines(),
                        row + " is for every discipline of the team; one for some only belongs in"
                                + " RelationshipAndPrivacyMatrixTest, which tries each discipline");
            }
            assertEquals(row.who().client, row.operation().isForClient(), row + " is for the client");
        }));
    }

    @Test
    void theCallersAreEveryKind() {
        Set<String> roles = CALLERS.stream().map(who -> who.caller().actingRole()).collect(Collectors.toSet());
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
        assertFalse(CALLERS.stream().anyMatch(who -> who.caller().roles().size() > 1), "one role each");
    }

    // ------------------------------------------------------------------------------- the calls

    private static <T> T plans(Caller caller, Function<CarePlanService, T> call) {
        return call.apply(database.carePlanService(caller));
    }

    private static <T> T tasks(Caller caller, Function<TaskService, T> call) {
        return call.apply(database.taskService(caller));
    }

    private static <T> T progress(Caller caller, Function<ProgressService, T> call) {
        return call.apply(database.progressService(caller));
    }

    private static <T> T notes(Caller caller, Function<NoteService, T> call) {
        return call.apply(database.noteService(caller));
    }

    // ------------------------------------------------------------------------------- the states

    /** The plan with one more concern (with a clinical summary), added by the care manager leading the team. */
    private static Seen planWithAConcern(Person client) {
        long clientId = clinic.clientId(client);
        long version = database.call(() -> database.carePlanService(MARIA).planOf(clientId)).version();
        CarePlanView plan = database.call(() -> database.carePlanService(MARIA).addConcern(clientId, version,
                "Set-up concern " + NUMBER.incrementAndGet(), "Set-up summary"));
        return new Seen(clientId, null, null, plan.version(), concerns(clientId));
    }

    private static Seen planWithAStrength(Person client) {
        long clientId = clinic.clientId(client);
        long version = database.call(() -> database.carePlanService(MARIA).planOf(clientId)).version();
        CarePlanView plan = database.call(() -> database.carePlanService(MARIA).addStrength(clientId, version,
                "Set-up strength " + NUMBER.incrementAndGet()));
        return new Seen(clientId, null, null, plan.version(), strengths(clientId));
    }

    private static Seen agreedGoal(Person client) {
        long clientId = clinic.clientId(client);
        GoalView goal = goals.agreedWithCareManagement(MARIA, portalOf(client), clientId);
        return new Seen(clientId, goal.id(), null, goal.version(), 0);
    }

    /** A task the care manager gave the client on an agreed goal, not yet taken on. */
    private static Seen openClientTask(Person client) {
        Seen goal = agreedGoal(client);
        TaskView task = database.call(() -> database.taskService(MARIA).addTask(goal.goalId(),
                "Set-up task " + NUMBER.incrementAndGet(), Assignee.client(), null, Frequency.WEEKLY));
        return new Seen(goal.clientId(), goal.goalId(), task.id(), task.version(), 0);
    }

    private static Seen doneClientTask(Person client) {
        Seen open = openClientTask(client);
        TaskView done = database.call(() -> database.taskService(MARIA).markDone(open.taskId(), open.version()));
        return new Seen(open.clientId(), open.goalId(), done.id(), done.version(), 0);
    }

    /** A check-in by the care manager; its id is kept in {@code before}. */
    private static Seen checkedIn(Person client) {
        Seen goal = agreedGoal(client);
        CheckInView checkIn = database.call(() -> database.progressService(MARIA).checkIn(goal.goalId(), 5, null, "Set-up"));
        return new Seen(goal.clientId(), goal.goalId(), null, 0, checkIn.id());
    }

    /** A check-in by the client that reaches the target of an agreed goal. */
    private static Seen targetReached(Person client) {
        long clientId = clinic.clientId(client);
        GoalView goal = goals.agreed(MARIA, portalOf(client), clientId, PlanGoals.content(
                "Walk four days a week, goal " + NUMBER.incrementAndGet(), LifeArea.PHYSICAL_HEALTH,
                new Target("days walked", new BigDecimal("4"), Target.Direction.AT_LEAST, null),
                Discipline.CARE_MANAGEMENT));
        database.call(() -> database.progressService(portalOf(client)).checkIn(goal.id(), 9, new BigDecimal("4"),
                "Made it"));
        return new Seen(clientId, goal.id(), null, goal.version(), 0);
    }

    /** A care-team note (id in {@code version}) and a client-visible one (id in {@code before}). */
    private static Seen notesOfBothKinds(Person client) {
        long clientId = clinic.clientId(client);
        NoteView team = database.call(() -> database.noteService(MARIA).write(clientId, null, Visibility.CARE_TEAM,
                "Set-up team note"));
        NoteView visible = database.call(() -> database.noteService(MARIA).write(clientId, null, Visibility.CLIENT_VISIBLE,
                "Set-up note for the client"));
        return new Seen(clientId, null, null, team.id(), visible.id());
    }

    // --------------------------------------------------------------------- what is stored, via JDBC

    private static long concerns(long clientId) {
        return database.count("select count(*) from care_plan_concern c join care_plan p on p.id = c.care_plan_id"
                + " where p.client_id = " + clientId);
    }

    private static long strengths(long clientId) {
        return database.count("select count(*) from care_plan_strength s join care_plan p on p.id = s.care_plan_id"
                + " where p.client_id = " + clientId);
    }

    private static String taskStatus(Seen seen) {
        return database.text("select status from goal_task where id = " + seen.taskId());
    }

    /** Everything stored on the client's plan, row by row, to show that a refused call changed nothing. */
    private static List<String> snapshot(long clientId) {
        List<String> rows = new ArrayList<>();
        for (String sql : List.of(
                "select * from care_plan where client_id = " + clientId,
                "select c.* from care_plan_concern c join care_plan p on p.id = c.care_plan_id where p.client_id = "
                        + clientId + " order by c.position",
                "select s.* from care_plan_strength s join care_plan p on p.id = s.care_plan_id where p.client_id = "
                        + clientId + " order by s.position",
                "select * from goal where client_id = " + clientId + " order by id",
                "select * from goal_task where client_id = " + clientId + " order by id",
                "select * from progress_check_in where client_id = " + clientId + " order by id",
                "select * from team_note where client_id = " + clientId + " order by id")) {
            rows.addAll(database.query(sql, result -> {
                ResultSetMetaData columns = result.getMetaData();
                List<String> read = new ArrayList<>();
                while (result.next()) {
                    StringBuilder line = new StringBuilder(sql.substring(0, 30));
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        line.append(" | ").append(result.getString(i));
                    }
                    read.add(line.toString());
                }
                return read;
            }));
        }
        return rows;
    }
}
