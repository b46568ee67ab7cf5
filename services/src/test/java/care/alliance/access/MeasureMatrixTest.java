package care.alliance.access;

import static care.alliance.access.PlanOperation.CHANGE_MEASURE_SCHEDULE;
import static care.alliance.access.PlanOperation.CLOSE_SAFETY_FLAG;
import static care.alliance.access.PlanOperation.ENTER_MEASURE_FROM_PAPER;
import static care.alliance.access.PlanOperation.FILL_IN_MEASURE;
import static care.alliance.access.PlanOperation.VIEW_MEASURES;
import static care.alliance.access.PlanOperation.VIEW_MEASURES_DUE;
import static care.alliance.access.PlanOperation.VIEW_OWN_MEASURES;
import static care.alliance.team.SmallClinic.portalOf;
import static care.alliance.testing.ClinicDatabase.TODAY;
import static care.alliance.testing.PlanCallers.CALLERS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import care.alliance.goal.Party;
import care.alliance.measure.Difficulty;
import care.alliance.measure.DueView;
import care.alliance.measure.FollowUpOutcome;
import care.alliance.measure.Instrument;
import care.alliance.measure.MeasureResultView;
import care.alliance.measure.MeasureService;
import care.alliance.measure.MeasuresView;
import care.alliance.measure.ReadableScores;
import care.alliance.measure.SafetyFlagView;
import care.alliance.team.SmallClinic;
import care.alliance.team.SmallClinic.Person;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.PlanCallers.Someone;
import care.alliance.testing.PlanCallers.Standing;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
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
 * Who may do what with a client's measures through {@link MeasureService}: every method of a
 * client's plan, tried by every kind of caller of {@link care.alliance.testing.PlanCallers#CALLERS}
 * (each discipline on the client's team and not on it, a former member, the client on their own
 * plan and on another's, clinic IT, someone with no role), is allowed or refused as DESIGN.md
 * ("enter or view PHQ-9 / GAD-7": the team, and the client fills in their own) and
 * {@link PlanOperation} say, and leaves one audit event. An allowed try really succeeds, as the
 * stored rows show; a refused one changes nothing. Clinic IT is refused everything, safety flags
 * included. The caseload-wide open flags are {@code MeasureServiceTest}'s.
 */
class MeasureMatrixTest {

    /** Whom DESIGN.md gives the operation: the team (every discipline), and the client on their own plan. */
    record Who(boolean team, boolean client) {
        static final Who TEAM_AND_CLIENT = new Who(true, true);
        static final Who TEAM_ONLY = new Who(true, false);
        static final Who CLIENT_ONLY = new Who(false, true);
    }

    /** What the try works on: the client, the safety flag set up (with its version and when it was raised). */
    record Seen(long clientId, Long flagId, long version, Instant raisedAt) {
    }

    @FunctionalInterface
    interface Call {
        Object on(MeasureService service, Seen seen);
    }

    @FunctionalInterface
    interface Success {
        void check(Object result, Seen seen, Someone who);
    }

    record Row(PlanOperation operation, Who who, String method, String recordType, Function<Seen, Long> recordId,
            Function<Person, Seen> setup, Call call, Success success) {
        @Override
        public String toString() {
            return "MeasureService." + method + " (" + operation + ")";
        }
    }

    /**
     * Methods of the service tried elsewhere, and why: the caseload's open flags in
     * MeasureServiceTest; send and scoresOf below, as each is one of two rows by who calls.
     */
    static final Set<String> TRIED_ELSEWHERE = Set.of("openSafetyFlags", "send", "scoresOf");

    private static final AtomicInteger NUMBER = new AtomicInteger();
    private static final List<Integer> ITEM_9_AT_ONE = List.of(2, 2, 1, 1, 1, 0, 1, 0, 1);
    private static final Function<Seen, Long> NO_RECORD = seen -> null;
    private static final care.alliance.access.Caller MARIA_ON_THE_TEAM = SmallClinic.MARIA;

    private static ClinicDatabase database;
    private static SmallClinic clinic;

    @BeforeAll
    static void openTheClinic() {
        database = ClinicDatabase.migrated();
        clinic = SmallClinic.openIn(database);
    }

    @AfterAll
    static void closeTheClinic() {
        database.close();
    }

    static final List<Row> ROWS = List.of(
            new Row(FILL_IN_MEASURE, Who.CLIENT_ONLY, "fillIn", "MeasureResult", NO_RECORD, MeasureMatrixTest::theClient,
                    (service, seen) -> service.fillIn(seen.clientId(), Instrument.PHQ_9, ITEM_9_AT_ONE,
                            Difficulty.SOMEWHAT_DIFFICULT),
                    (result, seen, who) -> {
                        MeasureResultView view = (MeasureResultView) result;
                        assertTrue(view.raisedSafetyFlag());
                        assertEquals(List.of(String.valueOf(seen.clientId()), "PHQ_9", "9", "MILD", "PORTAL",
                                        who.caller().username(), "CLIENT", TODAY.toString(), "1"),
                                database.row("select client_id, instrument, total, severity, source, recorded_by, recorded_by_party,"
                                        + " cast(completed_on as varchar), item_9 from measure_result where id = " + view.id()));
                        assertEquals(1, database.count("select count(*) from safety_flag where closed_at is null"
                                + " and measure_result_id = " + view.id()), "the flag raised with it");
                    }),
            new Row(ENTER_MEASURE_FROM_PAPER, Who.TEAM_ONLY, "enterFromPaper", "MeasureResult", NO_RECORD,
                    MeasureMatrixTest::theClient,
                    (service, seen) -> service.enterFromPaper(seen.clientId(), Instrument.GAD_7,
                            List.of(3, 3, 2, 2, 1, 1, 0), Difficulty.VERY_DIFFICULT, TODAY.minusDays(2)),
                    (result, seen, who) -> assertEquals(List.of(String.valueOf(seen.clientId()), "GAD_7", "12",
                                    "MODERATE", "PAPER", who.caller().username(), partyOf(who).name(),
                                    TODAY.minusDays(2).toString()),
                            database.row("select client_id, instrument, total, severity, source, recorded_by, recorded_by_party,"
                                    + " cast(completed_on as varchar) from measure_result where id = "
                                    + ((MeasureResultView) result).id()))),
            new Row(VIEW_MEASURES, Who.TEAM_ONLY, "measuresOf", "MeasureResult", NO_RECORD, MeasureMatrixTest::anOpenFlag,
                    (service, seen) -> service.measuresOf(seen.clientId()),
                    (result, seen, who) -> {
                        MeasuresView view = (MeasuresView) result;
                        assertEquals(database.ids("select id from measure_result where client_id = " + seen.clientId()
                                        + " order by completed_on desc, recorded_at desc"),
                                view.results().stream().map(MeasureResultView::id).toList(), "every result, newest first");
                        assertEquals(seen.flagId(), view.openSafetyFlag().orElseThrow().id(), "the open flag");
                        assertTrue(view.episode(Instrument.PHQ_9).isPresent(), "the PHQ-9 episode");
                    }),
            new Row(VIEW_MEASURES, Who.TEAM_ONLY, "recentMeasuresOf", "MeasureResult", NO_RECORD, MeasureMatrixTest::anOpenFlag,
                    (service, seen) -> service.recentMeasuresOf(seen.clientId()),
                    (result, seen, who) -> {
                        MeasuresView view = (MeasuresView) result;
                        assertEquals(database.ids("select id from measure_result where client_id = " + seen.clientId()
                                        + " and completed_on >= date '" + TODAY.minusMonths(MeasureService.RECENT_MONTHS)
                                        + "' order by completed_on desc, recorded_at desc"),
                                view.results().stream().map(MeasureResultView::id).toList(), "the recent months' results, newest first");
                        assertEquals(database.ids("select id from measure_result where client_id = " + seen.clientId()).size(),
                                view.resultCount(), "how many in all");
                        assertEquals(seen.flagId(), view.openSafetyFlag().orElseThrow().id(), "the open flag");
                        assertTrue(view.episode(Instrument.PHQ_9).isPresent(), "the PHQ-9 episode");
                    }),
            new Row(VIEW_MEASURES_DUE, Who.TEAM_AND_CLIENT, "dueFor", "MeasureSchedule", NO_RECORD,
                    MeasureMatrixTest::theClient,
                    (service, seen) -> service.dueFor(seen.clientId()),
                    (result, seen, who) -> assertEquals(List.of(Instrument.PHQ_9, Instrument.GAD_7),
                            ((List<?>) result).stream().map(DueView.class::cast).map(DueView::instrument).toList())),
            new Row(CLOSE_SAFETY_FLAG, Who.TEAM_ONLY, "closeSafetyFlag", "SafetyFlag", Seen::flagId,
                    MeasureMatrixTest::anOpenFlag,
                    (service, seen) -> service.closeSafetyFlag(seen.flagId(), seen.version(), seen.raisedAt(),
                            "Passive thoughts, no plan or intent", FollowUpOutcome.SAFETY_PLAN_REVIEWED),
                    (result, seen, who) -> {
                        assertTrue(((SafetyFlagView) result).closed());
                        assertEquals(List.of(String.valueOf(seen.version() + 1), who.caller().username(),
                                        partyOf(who).name(), "SAFETY_PLAN_REVIEWED"),
                                database.row("select version, followed_up_by, followed_up_by_party, outcome from safety_flag"
                                        + " where id = " + seen.flagId()), "closed by the caller");
                        assertNotNull(database.text("select cast(closed_at as varchar) from safety_flag where id = "
                                + seen.flagId()), "when");
                    }),
            new Row(CHANGE_MEASURE_SCHEDULE, Who.TEAM_ONLY, "changeSchedule", "MeasureSchedule", NO_RECORD,
                    MeasureMatrixTest::theClient,
                    (service, seen) -> service.changeSchedule(seen.clientId(), Instrument.GAD_7,
                            1 + NUMBER.incrementAndGet() % 20),
                    (result, seen, who) -> assertEquals(List.of(String.valueOf(((DueView) result).everyWeeks()),
                                    who.caller().username()),
                            database.row("select every_weeks, changed_by from measure_schedule where instrument = 'GAD_7'"
                                    + " and client_id = " + seen.clientId()))),
            new Row(CHANGE_MEASURE_SCHEDULE, Who.TEAM_ONLY, "pauseSchedule", "MeasureSchedule", NO_RECORD,
                    MeasureMatrixTest::theClient,
                    (service, seen) -> service.pauseSchedule(seen.clientId(), Instrument.PHQ_9),
                    (result, seen, who) -> {
                        assertTrue(((DueView) result).paused());
                        assertEquals(List.of("TRUE", who.caller().username()),
                                database.row("select upper(cast(paused as varchar)), changed_by from measure_schedule"
                                        + " where instrument = 'PHQ_9' and client_id = " + seen.clientId()));
                        // set again, so that the next caller pauses a running schedule
                        database.call(() -> database.measureService(MARIA_ON_THE_TEAM)
                                .changeSchedule(seen.clientId(), Instrument.PHQ_9, 2));
                    }),
            new Row(VIEW_OWN_MEASURES, Who.CLIENT_ONLY, "myScores", "MeasureResult", NO_RECORD,
                    MeasureMatrixTest::anOpenFlag,
                    (service, seen) -> service.myScores(seen.clientId()),
                    (result, seen, who) -> assertEquals(database.count("select count(*) from measure_result"
                                    + " where client_id = " + seen.clientId()), ((List<?>) result).size(),
                            "every score of the client's own")));

    // ------------------------------------------------------------------------------- the matrix

    static Stream<Arguments> everyMethodByEveryCaller() {
        return ROWS.stream().flatMap(row -> CALLERS.stream().map(who -> arguments(row, who, mayDo(row, who),
                reasonFor(row, who))));
    }

    static boolean mayDo(Row row, Someone who) {
        return switch (who.standing()) {
            case ON_THE_TEAM -> row.who().team();
            case OWN_PLAN -> row.who().client();
            case EMERGENCY_ACCESS -> row.operation().opensInEmergency();
            case NOT_ON_THE_TEAM, FORMER_MEMBER, ANOTHER_CLIENTS_PLAN, NO_CLINICAL_ROLE -> false;
        };
    }

    static String reasonFor(Row row, Someone who) {
        return switch (who.standing()) {
            case ON_THE_TEAM -> row.who().team() ? "member of the client's care team" : "only the client does this";
            case NOT_ON_THE_TEAM, FORMER_MEMBER -> "not on this client's care team";
            case EMERGENCY_ACCESS -> row.operation().opensInEmergency() ? "emergency access: " + SmallClinic.ROSA_REASON
                    : "not on this client's care team";
            case OWN_PLAN -> row.who().client() ? "the client's own plan" : "the care team does this";
            case ANOTHER_CLIENTS_PLAN -> "another client's plan";
            case NO_CLINICAL_ROLE -> "role may not see clinical content";
        };
    }

    @ParameterizedTest(name = "{0} by {1}: allowed {2}, \"{3}\"")
    @MethodSource("everyMethodByEveryCaller")
    void everyMeasureOperationIsAllowedOrRefusedAsTheDesignSaysAndAudited(Row row, Someone who, boolean allowed,
            String reason) {
        Seen seen = row.setup().apply(who.client());
        List<String> before = snapshot(seen.clientId());
        long mark = database.lastAuditEventId();

        Object result;
        if (allowed) {
            result = database.call(() -> row.call().on(database.measureService(who.caller()), seen));
        } else {
            AccessRefused refused = assertThrows(AccessRefused.class,
                    () -> database.call(() -> row.call().on(database.measureService(who.caller()), seen)));
            assertEquals("This is not yours to see or change: " + reason + ".", refused.getMessage());
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
                () -> assertEquals(reason, event.reason(), "why"),
                () -> assertNotNull(event.occurredAt(), "when"),
                () -> assertNotNull(event.sourceAddress(), "from where"));
        if (allowed) {
            row.success().check(result, seen, who);
        } else {
            assertEquals(before, snapshot(seen.clientId()), "the refused call changed nothing");
        }
    }

    /** Counted over the whole matrix: no call allowed that DESIGN.md refuses, and none refused that it allows. */
    @Test
    void theMatrixAllowsExactlyTheTeamOnTheirClientsAndTheClientOnTheirOwnMeasures() {
        long allowedRows = everyMethodByEveryCaller().filter(arguments -> (boolean) arguments.get()[2]).count();
        long teamOnTheirClient = CALLERS.stream().filter(who -> who.standing() == Standing.ON_THE_TEAM).count();
        long teamRows = ROWS.stream().filter(row -> row.who().team()).count();
        long clientRows = ROWS.stream().filter(row -> row.who().client()).count();
        long inAnEmergency = CALLERS.stream().filter(who -> who.standing() == Standing.EMERGENCY_ACCESS).count();
        long emergencyReads = ROWS.stream().filter(row -> row.operation().opensInEmergency()).count();
        assertEquals(teamOnTheirClient * teamRows + clientRows + inAnEmergency * emergencyReads, allowedRows);
        assertTrue(everyMethodByEveryCaller().noneMatch(arguments -> (boolean) arguments.get()[2]
                && ((Someone) arguments.get()[1]).standing() == Standing.EMERGENCY_ACCESS
                && !((Row) arguments.get()[0]).operation().isRead()), "an emergency access changes nothing");
        assertTrue(everyMethodByEveryCaller().noneMatch(arguments -> (boolean) arguments.get()[2]
                && ((Someone) arguments.get()[1]).standing() == Standing.NO_CLINICAL_ROLE), "clinic IT: nothing");
    }

    // ------------------------------------------- the API's methods, each a row's by who calls

    static Stream<Arguments> theApisMethodsByEveryCaller() {
        return Stream.of("send", "scoresOf").flatMap(method -> CALLERS.stream().map(who -> {
            boolean client = who.caller().has(Role.CLIENT);
            String rowMethod = switch (method) {
                case "send" -> client ? "fillIn" : "enterFromPaper";
                default -> client ? "myScores" : "measuresOf";
            };
            Row row = ROWS.stream().filter(candidate -> candidate.method().equals(rowMethod)).findFirst().orElseThrow();
            return arguments(method, row, who, mayDo(row, who), reasonFor(row, who));
        }));
    }

    /**
     * What the REST API calls is the very row of the pages the caller's role gives it: a client
     * fills in their own (and reads their totals), a clinician enters a paper form (and reads every
     * answer), each audited under that row's operation.
     */
    @ParameterizedTest(name = "{0} by {2} is {1}: allowed {3}")
    @MethodSource("theApisMethodsByEveryCaller")
    void theApisMeasureCallsAreThePagesRowForTheCaller(String method, Row row, Someone who, boolean allowed,
            String reason) {
        Seen seen = theClient(who.client());
        List<String> before = snapshot(seen.clientId());
        long mark = database.lastAuditEventId();
        Call call = method.equals("send")
                ? (service, on) -> service.send(on.clientId(), Instrument.GAD_7, List.of(1, 1, 0, 0, 0, 0, 0),
                        Difficulty.SOMEWHAT_DIFFICULT, who.caller().has(Role.CLIENT) ? null : TODAY.minusDays(1))
                : (service, on) -> service.scoresOf(on.clientId());

        if (allowed) {
            Object result = database.call(() -> call.on(database.measureService(who.caller()), seen));
            if (result instanceof MeasureResultView sent) {
                assertEquals(row.method().equals("fillIn") ? "PORTAL" : "PAPER", sent.source().name());
            } else {
                assertEquals(!who.caller().has(Role.CLIENT), ((ReadableScores) result).itemAnswersShown());
            }
        } else {
            AccessRefused refused = assertThrows(AccessRefused.class,
                    () -> database.call(() -> call.on(database.measureService(who.caller()), seen)));
            assertEquals("This is not yours to see or change: " + reason + ".", refused.getMessage());
            assertEquals(before, snapshot(seen.clientId()), "the refused call changed nothing");
        }
        List<AuditRow> events = database.auditEventsAfter(mark);
        assertEquals(1, events.size(), "one audit event: " + events);
        assertEquals(row.operation().name(), events.get(0).action());
        assertEquals(allowed ? "ALLOWED" : "REFUSED", events.get(0).outcome());
    }

    // ------------------------------------------------------------------------ the table is whole

    static Set<PlanOperation> triedHere() {
        return ROWS.stream().map(Row::operation).collect(Collectors.toCollection(() -> EnumSet.noneOf(PlanOperation.class)));
    }

    @Test
    void theTableSaysWhatPlanOperationSaysAndHasEveryMethod() {
        assertEquals(EnumSet.of(FILL_IN_MEASURE, ENTER_MEASURE_FROM_PAPER, VIEW_MEASURES, VIEW_MEASURES_DUE,
                CLOSE_SAFETY_FLAG, CHANGE_MEASURE_SCHEDULE, VIEW_OWN_MEASURES), triedHere());
        assertAll(ROWS.stream().map(row -> () -> {
            assertEquals(row.who().team(), row.operation().isForTeam(), row + " is the team's");
            assertEquals(row.who().team() ? EnumSet.allOf(care.alliance.team.Discipline.class) : Set.of(),
                    row.operation().disciplines(), row + ": every discipline of the team");
            assertEquals(row.who().client(), row.operation().isForClient(), row + " is the client's");
        }));
        Set<String> methods = Arrays.stream(MeasureService.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> tried = ROWS.stream().map(Row::method).collect(Collectors.toCollection(TreeSet::new));
        tried.addAll(TRIED_ELSEWHERE);
        assertEquals(methods, tried, "a public method of MeasureService needs a row here");
    }

    // ------------------------------------------------------------------------------- the states

    private static Party partyOf(Someone who) {
        return Party.forRole(who.caller().roles().iterator().next()).orElseThrow();
    }

    private static Seen theClient(Person client) {
        return new Seen(clinic.clientId(client), null, 0, null);
    }

    /** A safety flag still open on the client: the client fills in a PHQ-9 with item 9 at 1 when none is open. */
    private static Seen anOpenFlag(Person client) {
        long clientId = clinic.clientId(client);
        String open = "select id, version from safety_flag where client_id = " + clientId + " and closed_at is null";
        if (database.row(open).isEmpty()) {
            database.call(() -> database.measureService(portalOf(client)).fillIn(clientId, Instrument.PHQ_9,
                    ITEM_9_AT_ONE, Difficulty.SOMEWHAT_DIFFICULT));
        }
        List<String> flag = database.row(open);
        Instant raisedAt = database.query("select raised_at from safety_flag where id = " + flag.get(0),
                result -> {
                    result.next();
                    return result.getObject(1, OffsetDateTime.class).toInstant();
                });
        return new Seen(clientId, Long.valueOf(flag.get(0)), Long.parseLong(flag.get(1)), raisedAt);
    }

    // --------------------------------------------------------------------- what is stored, via JDBC

    /** Everything stored of the client's measures, flags and schedules, row by row. */
    private static List<String> snapshot(long clientId) {
        List<String> rows = new ArrayList<>();
        for (String sql : List.of(
                "select * from measure_result where client_id = " + clientId + " order by id",
                "select * from safety_flag where client_id = " + clientId + " order by id",
                "select * from measure_schedule where client_id = " + clientId + " order by id")) {
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
