package care.alliance.access;

import static care.alliance.access.PlanOperation.ANSWER_RECOMMENDATION;
import static care.alliance.access.PlanOperation.MARK_REVIEWED;
import static care.alliance.access.PlanOperation.RECOMMEND;
import static care.alliance.access.PlanOperation.VIEW_CASE_REVIEW;
import static care.alliance.team.SmallClinic.OMAR;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.testing.ClinicDatabase.TODAY;
import static care.alliance.testing.PlanCallers.CALLERS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import care.alliance.goal.Party;
import care.alliance.review.CaseReviewService;
import care.alliance.review.CaseReviewSummary;
import care.alliance.review.CaseReviewView;
import care.alliance.review.CaseReviewsView;
import care.alliance.review.RecommendationKind;
import care.alliance.review.RecommendationStatus;
import care.alliance.review.RecommendationView;
import care.alliance.team.Discipline;
import care.alliance.team.SmallClinic;
import care.alliance.team.SmallClinic.Person;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.PlanCallers.Someone;
import care.alliance.testing.PlanCallers.Standing;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * Who may do what in a client's psychiatric case review through {@link CaseReviewService}: every
 * method tried by every kind of caller of {@link care.alliance.testing.PlanCallers#CALLERS} (each
 * discipline on the client's team and not on it, a former member, the client on their own plan and
 * on another's, clinic IT, someone with no role). DESIGN.md's medication rule decides: the
 * psychiatrist reviews and recommends, primary care answers, the whole team reads, the client and
 * clinic IT do none of it. Each try leaves one audit event; an allowed one really succeeds, as the
 * stored rows show, and a refused one changes nothing.
 */
class CaseReviewMatrixTest {

    /** What the try works on: the client, and the open recommendation set up with the version seen. */
    record Seen(long clientId, Long recommendationId, long version) {
    }

    @FunctionalInterface
    interface Call {
        Object on(CaseReviewService service, Seen seen);
    }

    @FunctionalInterface
    interface Success {
        void check(Object result, Seen seen, Someone who);
    }

    record Row(PlanOperation operation, Set<Discipline> team, String method, String recordType,
            Function<Seen, Long> recordId, Function<Person, Seen> setup, Call call, Success success) {
        @Override
        public String toString() {
            return "CaseReviewService." + method + " (" + operation + ")";
        }
    }

    /**
     * The batched reads for caseload and registry rows: the first tried by every caller in its own
     * test below, the second (on teams the registry has loaded) by RegistryTest for every caller.
     */
    static final Set<String> TRIED_ELSEWHERE = Set.of("openRecommendationsFor", "openRecommendationsOn");

    private static final Function<Seen, Long> NO_RECORD = seen -> null;
    private static final Set<Discipline> WHOLE_TEAM = EnumSet.allOf(Discipline.class);

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
            new Row(VIEW_CASE_REVIEW, WHOLE_TEAM, "caseReviewOf", "CaseReview", NO_RECORD,
                    CaseReviewMatrixTest::anOpenRecommendation,
                    (service, seen) -> service.caseReviewOf(seen.clientId()),
                    (result, seen, who) -> {
                        CaseReviewsView view = (CaseReviewsView) result;
                        assertTrue(view.open().stream().anyMatch(open -> open.id() == seen.recommendationId()),
                                "the open recommendation");
                        assertEquals(List.of("Lena Fischer, NP"), view.answeredByClinicians(), "who answers it");
                        boolean onTheTeam = who.standing() == Standing.ON_THE_TEAM;
                        assertEquals(onTheTeam && who.caller().has(care.alliance.access.Role.PSYCHIATRIST), view.mayReview(),
                                "an emergency access reads the review, never writes one");
                        assertEquals(onTheTeam && who.caller().has(care.alliance.access.Role.PRIMARY_CARE), view.mayAnswer());
                    }),
            new Row(MARK_REVIEWED, EnumSet.of(Discipline.PSYCHIATRY), "markReviewed", "CaseReview", NO_RECORD,
                    CaseReviewMatrixTest::theClient,
                    (service, seen) -> service.markReviewed(seen.clientId(), TODAY.minusDays(1),
                            "PHQ-9 flat at 17 for ten weeks."),
                    (result, seen, who) -> assertEquals(List.of(String.valueOf(seen.clientId()),
                                    TODAY.minusDays(1).toString(), "PHQ-9 flat at 17 for ten weeks.",
                                    who.caller().username(), "PSYCHIATRY"),
                            database.row("select client_id, cast(reviewed_on as varchar), note, reviewed_by,"
                                    + " reviewed_by_party from case_review where id = " + ((CaseReviewView) result).id()))),
            new Row(RECOMMEND, EnumSet.of(Discipline.PSYCHIATRY), "recommend", "Recommendation", NO_RECORD,
                    CaseReviewMatrixTest::theClient,
                    (service, seen) -> service.recommend(seen.clientId(), RecommendationKind.MEDICATION_CHANGE,
                            "Consider raising sertraline to 100 mg."),
                    (result, seen, who) -> assertEquals(List.of(String.valueOf(seen.clientId()), "MEDICATION_CHANGE",
                                    "Consider raising sertraline to 100 mg.", who.caller().username(), "PSYCHIATRY",
                                    "PRIMARY_CARE", "OPEN"),
                            database.row("select client_id, kind, text, recommended_by, recommended_by_party,"
                                    + " addressed_to, status from recommendation where id = "
                                    + ((RecommendationView) result).id()))),
            new Row(ANSWER_RECOMMENDATION, EnumSet.of(Discipline.PRIMARY_CARE), "answer", "Recommendation",
                    Seen::recommendationId, CaseReviewMatrixTest::anOpenRecommendation,
                    (service, seen) -> service.answer(seen.recommendationId(), seen.version(),
                            RecommendationStatus.ADAPTED, "75 mg for two weeks first."),
                    (result, seen, who) -> assertEquals(List.of("ADAPTED", "75 mg for two weeks first.",
                                    who.caller().username(), "PRIMARY_CARE", String.valueOf(seen.version() + 1)),
                            database.row("select status, answer, answered_by, answered_by_party, version"
                                    + " from recommendation where id = " + seen.recommendationId()))));

    // ------------------------------------------------------------------------------- the matrix

    static Stream<Arguments> everyMethodByEveryCaller() {
        return ROWS.stream().flatMap(row -> CALLERS.stream().map(who -> arguments(row, who, mayDo(row, who),
                reasonFor(row, who))));
    }

    static Discipline disciplineOf(Someone who) {
        return Arrays.stream(Discipline.values()).filter(discipline -> who.caller().has(discipline.role()))
                .findFirst().orElseThrow();
    }

    static boolean mayDo(Row row, Someone who) {
        return who.standing() == Standing.ON_THE_TEAM && row.team().contains(disciplineOf(who))
                || who.standing() == Standing.EMERGENCY_ACCESS && row.operation().opensInEmergency();
    }

    static String reasonFor(Row row, Someone who) {
        return switch (who.standing()) {
            case ON_THE_TEAM -> row.team().contains(disciplineOf(who)) ? "member of the client's care team"
                    : "not for " + disciplineOf(who).name().toLowerCase(Locale.ROOT).replace('_', ' ') + " to do";
            case NOT_ON_THE_TEAM, FORMER_MEMBER -> "not on this client's care team";
            case EMERGENCY_ACCESS -> row.operation().opensInEmergency() ? "emergency access: " + SmallClinic.ROSA_REASON
                    : "not on this client's care team";
            case OWN_PLAN -> "the care team does this";
            case ANOTHER_CLIENTS_PLAN -> "another client's plan";
            case NO_CLINICAL_ROLE -> "role may not see clinical content";
        };
    }

    @ParameterizedTest(name = "{0} by {1}: allowed {2}, \"{3}\"")
    @MethodSource("everyMethodByEveryCaller")
    void everyCaseReviewOperationIsAllowedOrRefusedAsTheMedicationRuleSaysAndAudited(Row row, Someone who,
            boolean allowed, String reason) {
        Seen seen = row.setup().apply(who.client());
        List<String> before = snapshot(seen.clientId());
        long mark = database.lastAuditEventId();

        Object result;
        if (allowed) {
            result = database.call(() -> row.call().on(database.caseReviewService(who.caller()), seen));
        } else {
            AccessRefused refused = assertThrows(AccessRefused.class,
                    () -> database.call(() -> row.call().on(database.caseReviewService(who.caller()), seen)));
            assertTrue(refused.getMessage().startsWith("This is not yours to see or change: "), refused.getMessage());
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

    /**
     * Counted over the whole matrix: the psychiatrist twice, primary care once, the whole team once,
     * a clinician in an open emergency access the read only; nobody else.
     */
    @Test
    void theMatrixAllowsOnlyThePrescribersToWriteAndTheTeamToRead() {
        List<Arguments> allowed = everyMethodByEveryCaller().filter(arguments -> (boolean) arguments.get()[2]).toList();
        long onTheTeam = CALLERS.stream().filter(who -> who.standing() == Standing.ON_THE_TEAM).count();
        long inAnEmergency = CALLERS.stream().filter(who -> who.standing() == Standing.EMERGENCY_ACCESS).count();
        assertEquals(onTheTeam + 2 + 1 + inAnEmergency, allowed.size(),
                "reads by the team and in an emergency access, two writes by psychiatry, one by primary care");
        assertTrue(allowed.stream().allMatch(arguments -> ((Someone) arguments.get()[1]).standing() == Standing.ON_THE_TEAM
                || ((Row) arguments.get()[0]).operation() == VIEW_CASE_REVIEW),
                "only members of the client's team today write");
        assertTrue(allowed.stream().filter(arguments -> ((Row) arguments.get()[0]).operation() != VIEW_CASE_REVIEW)
                .map(arguments -> Party.of(disciplineOf((Someone) arguments.get()[1])))
                .allMatch(Party::prescribes), "only prescribers write: DESIGN.md's medication rule");
    }

    // ------------------------------------------------------------------ the batched read, by everyone

    static Stream<Arguments> everyCallerAsksForTheirRows() {
        return CALLERS.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCallerAsksForTheirRows")
    void theRegistrysBatchedReadShowsTheTeamItsClientsOnlyAndAuditsEach(Someone who) {
        Seen seen = anOpenRecommendation(who.client());
        long mark = database.lastAuditEventId();
        boolean clinician = who.caller().isClinician();

        if (!clinician) {
            assertThrows(AccessRefused.class, () -> database.call(() -> database.caseReviewService(who.caller())
                    .openRecommendationsFor(List.of(seen.clientId()))));
            List<AuditRow> events = database.auditEventsAfter(mark);
            assertEquals(1, events.size(), "one audit event: " + events);
            assertEquals(List.of("VIEW_CASE_REVIEWS", "REFUSED", "only clinicians have a caseload"),
                    List.of(events.get(0).action(), events.get(0).outcome(), events.get(0).reason()));
            return;
        }
        Map<Long, CaseReviewSummary> rows = database.call(() -> database.caseReviewService(who.caller())
                .openRecommendationsFor(List.of(seen.clientId())));
        List<AuditRow> events = database.auditEventsAfter(mark);
        assertEquals(1, events.size(), "one audit event: " + events);
        AuditRow event = events.get(0);
        boolean allowed = who.standing() == Standing.ON_THE_TEAM;
        assertAll(
                () -> assertEquals(VIEW_CASE_REVIEW.name(), event.action()),
                () -> assertEquals(seen.clientId(), event.clientId()),
                () -> assertEquals(allowed ? "ALLOWED" : "REFUSED", event.outcome()),
                () -> assertEquals(allowed ? "member of the client's care team" : "not on this client's care team",
                        event.reason()));
        if (allowed) {
            CaseReviewSummary row = rows.get(seen.clientId());
            assertTrue(row.hasOpenRecommendation(), "the open recommendation: " + row);
            assertTrue(row.openKinds().contains(RecommendationKind.MEDICATION_CHANGE));
            assertEquals(who.caller().has(care.alliance.access.Role.PRIMARY_CARE), row.awaitsReader(),
                    "waits for primary care alone");
        } else {
            assertEquals(Map.of(), rows, "nothing of a client whose team the reader is not on");
        }
    }

    // ------------------------------------------------------------------------ the table is whole

    static Set<PlanOperation> triedHere() {
        return ROWS.stream().map(Row::operation).collect(Collectors.toCollection(() -> EnumSet.noneOf(PlanOperation.class)));
    }

    @Test
    void theTableSaysWhatPlanOperationSaysAndHasEveryMethod() {
        assertEquals(EnumSet.of(VIEW_CASE_REVIEW, MARK_REVIEWED, RECOMMEND, ANSWER_RECOMMENDATION), triedHere());
        assertAll(ROWS.stream().map(row -> () -> {
            assertEquals(row.team(), row.operation().disciplines(), row + ": these disciplines of the team");
            assertEquals(false, row.operation().isForClient(), row + " is not the client's");
        }));
        Set<String> methods = Arrays.stream(CaseReviewService.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> tried = ROWS.stream().map(Row::method).collect(Collectors.toCollection(TreeSet::new));
        tried.addAll(TRIED_ELSEWHERE);
        assertEquals(methods, tried, "a public method of CaseReviewService needs a row here");
    }

    // ------------------------------------------------------------------------------- the states

    private static Seen theClient(Person client) {
        return new Seen(clinic.clientId(client), null, 0);
    }

    /** An open recommendation on the client, made by the client's psychiatrist when none is open. */
    private static Seen anOpenRecommendation(Person client) {
        long clientId = clinic.clientId(client);
        Caller psychiatrist = client == Person.BLAKE ? OMAR : PRIYA;
        String open = "select id, version from recommendation where client_id = " + clientId + " and status = 'OPEN'";
        if (database.row(open).isEmpty()) {
            database.call(() -> database.caseReviewService(psychiatrist).recommend(clientId,
                    RecommendationKind.MEDICATION_CHANGE, "Consider adding bupropion 150 mg."));
        }
        List<String> found = database.row(open);
        return new Seen(clientId, Long.valueOf(found.get(0)), Long.parseLong(found.get(1)));
    }

    // --------------------------------------------------------------------- what is stored, via JDBC

    private static List<String> snapshot(long clientId) {
        List<String> rows = new ArrayList<>();
        for (String sql : List.of(
                "select * from case_review where client_id = " + clientId + " order by id",
                "select * from recommendation where client_id = " + clientId + " order by id")) {
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
