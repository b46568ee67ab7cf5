package care.alliance.access;

import static care.alliance.access.PlanOperation.CHECK_IN_ALLIANCE;
import static care.alliance.access.PlanOperation.EDIT_PREFERENCES;
import static care.alliance.access.PlanOperation.LOG_REPAIR;
import static care.alliance.access.PlanOperation.READ_PSYCHOTHERAPY_NOTE;
import static care.alliance.access.PlanOperation.VIEW_ALLIANCE;
import static care.alliance.access.PlanOperation.VIEW_PLAN;
import static care.alliance.access.PlanOperation.WRITE_PSYCHOTHERAPY_NOTE;
import static care.alliance.team.Discipline.CARE_MANAGEMENT;
import static care.alliance.team.Discipline.PSYCHOTHERAPY;
import static care.alliance.team.SmallClinic.portalOf;
import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.BLAKE_PORTAL;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.NOOR;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.team.SmallClinic.TESS;
import static care.alliance.team.SmallClinic.Person.ALEX;
import static care.alliance.testing.ClinicDatabase.TODAY;
import static care.alliance.testing.PlanCallers.CALLERS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import care.alliance.client.Language;
import care.alliance.client.PreferencesService;
import care.alliance.client.PreferencesView;
import care.alliance.client.WorkingPreferences;
import care.alliance.goal.Party;
import care.alliance.goal.PlanAuthorizationMatrixTest;
import care.alliance.note.NoteService;
import care.alliance.note.PsychotherapyNoteView;
import care.alliance.relationship.AllianceCheckInView;
import care.alliance.relationship.AllianceScores;
import care.alliance.relationship.AllianceService;
import care.alliance.relationship.AllianceView;
import care.alliance.relationship.RuptureView;
import care.alliance.team.Discipline;
import care.alliance.team.SmallClinic;
import care.alliance.team.SmallClinic.Person;
import care.alliance.testing.Accounts;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.PlanCallers;
import care.alliance.testing.PlanCallers.Someone;
import care.alliance.testing.PlanCallers.Standing;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
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
 * Who may do what with how a client wants to be worked with, with the working relationship, and
 * with what one therapist keeps for themself: {@link PreferencesService}, {@link AllianceService},
 * and the psychotherapy notes of {@link NoteService}. Every method, tried by every kind of caller
 * of {@link PlanCallers#CALLERS} and by a second therapist on the client's team, is allowed or
 * refused as DESIGN.md ("Who may do what") and {@link PlanOperation#isFor(Discipline)} /
 * {@link PlanOperation#isForClient()} say. Here a team member's discipline on the client's team
 * decides: logging a repair is for the therapist and the care manager, psychotherapy notes for the
 * therapist, and a note is read by its author alone. Each try leaves one audit event: who, in which
 * role, did what to which record of which client, the outcome and the reason. With
 * {@link PlanOperationsMatrixTest} and {@link PlanAuthorizationMatrixTest} every
 * {@link PlanOperation} has rows.
 *
 * <p>Before each try the client's record is put in the state the method needs, by people who may
 * do so; an allowed try really succeeds, as the stored rows show, and a refused one changes nothing.
 */
class RelationshipAndPrivacyMatrixTest {

    /** Whom DESIGN.md gives an operation: these disciplines of the client's team, and the client on their own plan or not. */
    record Who(Set<Discipline> team, boolean client) {

        static final Who TEAM_AND_CLIENT = new Who(EnumSet.allOf(Discipline.class), true);
        static final Who TEAM_ONLY = new Who(EnumSet.allOf(Discipline.class), false);
        static final Who CLIENT_ONLY = new Who(EnumSet.noneOf(Discipline.class), true);

        static Who teamMembersOf(Discipline first, Discipline... more) {
            return new Who(EnumSet.of(first, more), false);
        }
    }

    /**
     * What the try works on: the client; the record set up for it (check-in, rupture or note) with
     * the version seen (of the rupture, or of the client's preferences); the author of a note set up.
     */
    record Seen(long clientId, Long subject, long version, String author) {
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

    /**
     * One method: DESIGN.md's cell for its operation, whether only the record's author may do it,
     * the record its audit event names, the state it needs, the call, and what shows it succeeded.
     */
    record Row(PlanOperation operation, Who who, boolean authorOnly, Class<?> service, String method, String recordType,
            Function<Seen, Long> recordId, Setup setup, Call call, Success success) {
        @Override
        public String toString() {
            return service.getSimpleName() + "." + method + " (" + operation + ")";
        }
    }

    /** Sam and Tess are both Alex's therapists; Alex's note is Sam's, Blake's is Noor's. */
    static final Someone SECOND_THERAPIST = new Someone(TESS, ALEX, Standing.ON_THE_TEAM,
            "a second therapist on the team");

    /** Every kind of caller the plan matrices try, and a second therapist on the same team. */
    static final List<Someone> TRIED = Stream.concat(CALLERS.stream(), Stream.of(SECOND_THERAPIST)).toList();

    /** Methods of these services tried elsewhere, and why. */
    static final Map<String, String> TRIED_ELSEWHERE = Map.of(
            "PreferencesService.myLanguage", "opens no client's plan: the signed-in client's own language;"
                    + " PreferencesServiceTest");

    /** NoteService's methods this table tries; its team notes are PlanOperationsMatrixTest's. */
    static final Set<String> PSYCHOTHERAPY_NOTE_METHODS = Set.of("writePsychotherapyNote", "myPsychotherapyNotes",
            "psychotherapyNote");

    private static final Map<Discipline, String> SPOKEN = new EnumMap<>(Map.of(
            Discipline.PSYCHIATRY, "psychiatry", Discipline.PRIMARY_CARE, "primary care",
            Discipline.PSYCHOTHERAPY, "psychotherapy", Discipline.CARE_MANAGEMENT, "care management"));

    private static final AtomicInteger NUMBER = new AtomicInteger();
    private static final Function<Seen, Long> NO_RECORD = seen -> null;

    private static ClinicDatabase database;
    private static SmallClinic clinic;

    @BeforeAll
    static void openTheClinic() {
        database = ClinicDatabase.migrated();
        clinic = SmallClinic.openIn(database);
        clinic.appointSecondTherapistToAlexsTeam(database);
    }

    @AfterAll
    static void closeTheClinic() {
        database.close();
    }

    static final List<Row> ROWS = List.of(
            new Row(VIEW_PLAN, Who.TEAM_AND_CLIENT, false, PreferencesService.class, "preferencesOf", "ClientPreferences",
                    Seen::clientId, RelationshipAndPrivacyMatrixTest::preferencesSaid,
                    (caller, seen) -> preferences(caller, service -> service.preferencesOf(seen.clientId())),
                    (result, seen, caller) -> {
                        PreferencesView view = (PreferencesView) result;
                        assertEquals(seen.clientId(), view.clientId());
                        assertEquals(seen.version(), view.version(), "the version stored");
                        assertEquals(database.text("select helped_before from client where id = " + seen.clientId()),
                                view.helpedBefore(), "what the client said, as stored");
                        assertEquals("maria.gomez", view.changedBy());
                    }),
            new Row(EDIT_PREFERENCES, Who.TEAM_AND_CLIENT, false, PreferencesService.class, "describe",
                    "ClientPreferences", Seen::clientId, RelationshipAndPrivacyMatrixTest::preferencesAsStored,
                    (caller, seen) -> preferences(caller, service -> service.describe(seen.clientId(), seen.version(),
                            "Sasha", "they/them", Language.SPANISH, said("Walks while we talk, try " + NUMBER.incrementAndGet()))),
                    (result, seen, caller) -> {
                        PreferencesView view = (PreferencesView) result;
                        assertEquals(List.of(String.valueOf(seen.version() + 1), "Sasha", "they/them", "es",
                                        "MOSTLY_LISTENING", view.helpedBefore(), caller.username()),
                                database.row("select version, preferred_name, pronouns, preferred_language, support, helped_before,"
                                        + " preferences_changed_by from client where id = " + seen.clientId()),
                                "stored: by the caller, with what they said");
                        assertTrue(view.helpedBefore().startsWith("Walks while we talk"), view.helpedBefore());
                        assertNotNull(database.text("select cast(preferences_changed_at as varchar) from client where id = "
                                + seen.clientId()), "when");
                    }),
            new Row(CHECK_IN_ALLIANCE, Who.CLIENT_ONLY, false, AllianceService.class, "checkIn", "AllianceCheckIn",
                    NO_RECORD, RelationshipAndPrivacyMatrixTest::theClient,
                    (caller, seen) -> alliance(caller, service -> service.checkIn(seen.clientId(),
                            AllianceScores.of(5, 4, 5), "Good session")),
                    (result, seen, caller) -> assertEquals(
                            List.of(String.valueOf(seen.clientId()), "5", "4", "5", "Good session", caller.username()),
                            database.row("select client_id, goals_score, tasks_score, bond_score, comment, submitted_by"
                                    + " from alliance_check_in where id = " + ((AllianceCheckInView) result).id()))),
            new Row(VIEW_ALLIANCE, Who.TEAM_ONLY, false, AllianceService.class, "allianceOf", "AllianceCheckIn",
                    NO_RECORD, RelationshipAndPrivacyMatrixTest::checkedInLow,
                    (caller, seen) -> alliance(caller, service -> service.allianceOf(seen.clientId())),
                    (result, seen, caller) -> {
                        AllianceView view = (AllianceView) result;
                        assertEquals(database.ids("select id from alliance_check_in where client_id = " + seen.clientId()
                                        + " order by submitted_at, id"),
                                view.checkIns().stream().map(AllianceCheckInView::id).toList(), "every check-in, oldest first");
                        assertTrue(view.checkIns().stream().anyMatch(checkIn -> checkIn.id() == seen.subject()),
                                "with the one set up");
                        assertEquals(database.ids("select id from possible_rupture where client_id = " + seen.clientId()
                                        + " order by noticed_at desc, id desc"),
                                view.ruptures().stream().map(RuptureView::id).toList(), "every rupture, newest first");
                        assertTrue(view.hasOpenRupture(), "the low bond set up is open");
                    }),
            new Row(VIEW_ALLIANCE, Who.TEAM_ONLY, false, AllianceService.class, "recentAllianceOf", "AllianceCheckIn",
                    NO_RECORD, RelationshipAndPrivacyMatrixTest::checkedInLow,
                    (caller, seen) -> alliance(caller, service -> service.recentAllianceOf(seen.clientId())),
                    (result, seen, caller) -> {
                        AllianceView view = (AllianceView) result;
                        List<Long> all = database.ids("select id from alliance_check_in where client_id = " + seen.clientId()
                                + " order by submitted_at, id");
                        assertEquals(all.subList(Math.max(0, all.size() - AllianceService.RECENT_CHECK_INS), all.size()),
                                view.checkIns().stream().map(AllianceCheckInView::id).toList(), "the latest check-ins, oldest first");
                        assertEquals(all.size(), view.checkInCount(), "how many in all");
                        assertEquals(database.ids("select id from possible_rupture where client_id = " + seen.clientId()
                                        + " order by noticed_at desc, id desc"),
                                view.ruptures().stream().map(RuptureView::id).toList(), "every rupture, newest first");
                        assertTrue(view.hasOpenRupture(), "the low bond set up is open");
                    }),
            new Row(LOG_REPAIR, Who.teamMembersOf(PSYCHOTHERAPY, CARE_MANAGEMENT), false, AllianceService.class,
                    "logRepair", "PossibleRupture", Seen::subject, RelationshipAndPrivacyMatrixTest::anOpenRupture,
                    (caller, seen) -> alliance(caller, service -> service.logRepair(seen.subject(), seen.version(),
                            "Felt rushed at the end of the session", "Talked it through at the next session",
                            "Agreed to leave ten minutes for questions")),
                    (result, seen, caller) -> {
                        assertTrue(((RuptureView) result).repaired());
                        assertEquals(List.of(String.valueOf(seen.version() + 1), caller.username(),
                                        Party.forRole(caller.roles().iterator().next()).orElseThrow().name(),
                                        "Agreed to leave ten minutes for questions"),
                                database.row("select version, repaired_by, repaired_by_party, repair_outcome from possible_rupture"
                                        + " where id = " + seen.subject()), "stored: repaired by the caller");
                        assertNotNull(database.text("select cast(repaired_at as varchar) from possible_rupture where id = "
                                + seen.subject()), "when");
                    }),
            new Row(WRITE_PSYCHOTHERAPY_NOTE, Who.teamMembersOf(PSYCHOTHERAPY), false, NoteService.class,
                    "writePsychotherapyNote", "PsychotherapyNote", NO_RECORD, RelationshipAndPrivacyMatrixTest::theClient,
                    (caller, seen) -> notes(caller, service -> service.writePsychotherapyNote(seen.clientId(),
                            "Explored the fear of being judged by the group.")),
                    (result, seen, caller) -> assertEquals(
                            List.of(String.valueOf(seen.clientId()), caller.username(),
                                    "Explored the fear of being judged by the group."),
                            database.row("select client_id, author, body from psychotherapy_note where id = "
                                    + ((PsychotherapyNoteView) result).id()))),
            new Row(READ_PSYCHOTHERAPY_NOTE, Who.teamMembersOf(PSYCHOTHERAPY), false, NoteService.class,
                    "myPsychotherapyNotes", "PsychotherapyNote", NO_RECORD,
                    RelationshipAndPrivacyMatrixTest::aNoteByEveryTherapistOnTheTeam,
                    (caller, seen) -> notes(caller, service -> service.myPsychotherapyNotes(seen.clientId())),
                    (result, seen, caller) -> {
                        List<Long> read = ((List<?>) result).stream().map(PsychotherapyNoteView.class::cast)
                                .map(PsychotherapyNoteView::id).toList();
                        assertFalse(read.isEmpty(), "the caller's own note set up");
                        assertEquals(database.ids("select id from psychotherapy_note where client_id = " + seen.clientId()
                                        + " and author = '" + caller.username() + "' order by written_at desc, id desc"),
                                read, "exactly the caller's notes on this client, newest first");
                        assertTrue(database.count("select count(*) from psychotherapy_note where client_id = " + seen.clientId()
                                + " and author <> '" + caller.username() + "'") > 0, "another therapist's notes exist");
                    }),
            new Row(READ_PSYCHOTHERAPY_NOTE, Who.teamMembersOf(PSYCHOTHERAPY), true, NoteService.class,
                    "psychotherapyNote", "PsychotherapyNote", Seen::subject, RelationshipAndPrivacyMatrixTest::aNoteByTheTherapist,
                    (caller, seen) -> notes(caller, service -> service.psychotherapyNote(seen.subject())),
                    (result, seen, caller) -> {
                        PsychotherapyNoteView note = (PsychotherapyNoteView) result;
                        assertEquals(seen.subject(), note.id());
                        assertEquals(List.of(caller.username(), note.body()),
                                database.row("select author, body from psychotherapy_note where id = " + seen.subject()));
                    }));

    // ------------------------------------------------------------------------------- the matrix

    static Stream<Arguments> everyMethodByEveryCaller() {
        return ROWS.stream().flatMap(row -> TRIED.stream().map(who -> arguments(row, who, mayDo(row, who),
                reasonFor(row, who))));
    }

    /**
     * DESIGN.md, per discipline: a clinician on the client's team today where the operation is for
     * their discipline on that team (and, for a record its author alone reads, only its author);
     * the client on their own plan where it is theirs; nobody else.
     */
    static boolean mayDo(Row row, Someone who) {
        return switch (who.standing()) {
            case ON_THE_TEAM -> row.operation().isFor(disciplineOnTheTeam(who))
                    && (!row.authorOnly() || isAuthor(who));
            case OWN_PLAN -> row.operation().isForClient();
            case EMERGENCY_ACCESS -> row.operation().opensInEmergency();
            case NOT_ON_THE_TEAM, FORMER_MEMBER, ANOTHER_CLIENTS_PLAN, NO_CLINICAL_ROLE -> false;
        };
    }

    /** The reason the audit event gives for the answer, in the policy's words. */
    static String reasonFor(Row row, Someone who) {
        PlanOperation operation = row.operation();
        return switch (who.standing()) {
            case ON_THE_TEAM -> {
                Discipline discipline = disciplineOnTheTeam(who);
                if (!operation.isForTeam()) {
                    yield "only the client does this";
                }
                if (!operation.isFor(discipline)) {
                    yield "not for " + SPOKEN.get(discipline) + " to do";
                }
                yield row.authorOnly() && !isAuthor(who) ? "read by its author only" : "member of the client's care team";
            }
            case NOT_ON_THE_TEAM, FORMER_MEMBER -> "not on this client's care team";
            case EMERGENCY_ACCESS -> operation.opensInEmergency() ? "emergency access: " + SmallClinic.ROSA_REASON
                    : "not on this client's care team";
            case OWN_PLAN -> operation.isForClient() ? "the client's own plan" : "the care team does this";
            case ANOTHER_CLIENTS_PLAN -> "another client's plan";
            case NO_CLINICAL_ROLE -> "role may not see clinical content";
        };
    }

    @ParameterizedTest(name = "{0} by {1}: allowed {2}, \"{3}\"")
    @MethodSource("everyMethodByEveryCaller")
    void everyOperationIsAllowedOrRefusedAsTheDesignSaysPerDisciplineAndAudited(Row row, Someone who, boolean allowed,
            String reason) {
        Seen seen = row.setup().prepare(who.client());
        if (row.authorOnly()) {
            assertEquals(authorOf(who.client()).username(), seen.author(), "set-up: the note's author");
        }
        List<String> before = snapshot(seen.clientId());
        long mark = database.lastAuditEventId();

        Object result;
        if (allowed) {
            result = database.call(() -> row.call().on(who.caller(), seen));
        } else {
            AccessRefused refused = assertThrows(AccessRefused.class,
                    () -> database.call(() -> row.call().on(who.caller(), seen)));
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
            row.success().check(result, seen, who.caller());
        } else {
            assertEquals(before, snapshot(seen.clientId()), "the refused call changed nothing");
        }
    }

    // ------------------------------------------------------------------------ the table is whole

    /** The operations tried here: the client's preferences, the alliance, psychotherapy notes, and reading the plan. */
    static Set<PlanOperation> triedHere() {
        return ROWS.stream().map(Row::operation).collect(Collectors.toCollection(() -> EnumSet.noneOf(PlanOperation.class)));
    }

    /** The methods of the service that have rows here. */
    static Set<String> methodsTriedHere(Class<?> service) {
        return ROWS.stream().filter(row -> row.service() == service).map(Row::method)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theTableTriesThePreferencesTheAllianceAndPsychotherapyNotes() {
        assertEquals(EnumSet.of(VIEW_PLAN, EDIT_PREFERENCES, CHECK_IN_ALLIANCE, VIEW_ALLIANCE, LOG_REPAIR,
                WRITE_PSYCHOTHERAPY_NOTE, READ_PSYCHOTHERAPY_NOTE), triedHere());
        assertEquals(ROWS.size(), ROWS.stream().map(Row::toString).distinct().count(), "each method once");
    }

    @Test
    void everyPublicMethodOfThePreferencesAndAllianceServicesAndEveryPsychotherapyNoteMethodHasItsRow() {
        for (Class<?> service : List.of(PreferencesService.class, AllianceService.class)) {
            Set<String> untried = publicMethods(service);
            untried.removeAll(methodsTriedHere(service));
            Set<String> elsewhere = new TreeSet<>();
            TRIED_ELSEWHERE.keySet().stream().filter(name -> name.startsWith(service.getSimpleName() + "."))
                    .map(name -> name.substring(service.getSimpleName().length() + 1)).forEach(elsewhere::add);
            assertEquals(elsewhere, untried,
                    service.getSimpleName() + ": a public method needs a row here, or a reason in TRIED_ELSEWHERE");
        }
        assertEquals(new TreeSet<>(PSYCHOTHERAPY_NOTE_METHODS), methodsTriedHere(NoteService.class));
        assertTrue(publicMethods(NoteService.class).containsAll(PSYCHOTHERAPY_NOTE_METHODS), "NoteService has them");
    }

    @Test
    void theTableSaysWhatPlanOperationSays() {
        assertAll(ROWS.stream().map(row -> () -> {
            assertEquals(row.who().team(), row.operation().disciplines(), row + " is for these disciplines of the team");
            assertEquals(row.who().client(), row.operation().isForClient(), row + " is for the client");
        }));
        assertEquals(Set.of("psychotherapyNote"), ROWS.stream().filter(Row::authorOnly).map(Row::method)
                .collect(Collectors.toSet()), "reading one psychotherapy note is its author's alone");
    }

    @Test
    void theCallersAreEveryKindAndEveryDisciplineOnTheTeamWithTwoTherapists() {
        assertTrue(TRIED.containsAll(CALLERS), "every kind of caller of the plan matrices");
        List<Someone> onTheTeam = TRIED.stream().filter(who -> who.standing() == Standing.ON_THE_TEAM).toList();
        assertAll(onTheTeam.stream().map(who -> () -> assertEquals(
                Party.forRole(who.caller().roles().iterator().next()).orElseThrow(),
                Party.of(disciplineOnTheTeam(who)), who + ": the discipline on the team is the one the role signs in for")));
        assertEquals(EnumSet.allOf(Discipline.class), onTheTeam.stream().map(RelationshipAndPrivacyMatrixTest::disciplineOnTheTeam)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Discipline.class))), "every discipline on the team");
        assertEquals(2, onTheTeam.stream().filter(who -> disciplineOnTheTeam(who) == PSYCHOTHERAPY).count(),
                "two therapists on one team: the author of a note and another");
        assertTrue(TRIED.stream().anyMatch(who -> who.standing() == Standing.FORMER_MEMBER
                && who.caller().has(Role.THERAPIST)), "a therapist who left the team");
    }

    // ------------------------------------------------------------------------------- the calls

    private static <T> T preferences(Caller caller, Function<PreferencesService, T> call) {
        return call.apply(database.preferencesService(caller));
    }

    private static <T> T alliance(Caller caller, Function<AllianceService, T> call) {
        return call.apply(database.allianceService(caller));
    }

    private static <T> T notes(Caller caller, Function<NoteService, T> call) {
        return call.apply(database.noteService(caller));
    }

    // ------------------------------------------------------------------------------- the states

    /** The therapist on the client's team who writes the note read by its id: Sam on Alex's, Noor on Blake's. */
    private static Caller authorOf(Person client) {
        return switch (client) {
            case ALEX -> SAM;
            case BLAKE -> NOOR;
            default -> throw new IllegalArgumentException(client + " is not tried here");
        };
    }

    private static boolean isAuthor(Someone who) {
        return who.caller().equals(authorOf(who.client()));
    }

    private static WorkingPreferences said(String helpedBefore) {
        return new WorkingPreferences(WorkingPreferences.Pace.UNHURRIED, WorkingPreferences.Directness.GENTLE,
                WorkingPreferences.Formality.RELAXED, WorkingPreferences.Support.MOSTLY_LISTENING, helpedBefore,
                "Homework sheets", "Raised bilingual; family comes first", "Large print");
    }

    private static Seen theClient(Person client) {
        return new Seen(clinic.clientId(client), null, 0, null);
    }

    /** The client's preferences as stored, with the version to change them from. */
    private static Seen preferencesAsStored(Person client) {
        long clientId = clinic.clientId(client);
        return new Seen(clientId, clientId, database.count("select version from client where id = " + clientId), null);
    }

    /** Preferences the care manager leading the team recorded with the client. */
    private static Seen preferencesSaid(Person client) {
        Seen stored = preferencesAsStored(client);
        database.call(() -> database.preferencesService(MARIA).describe(stored.clientId(), stored.version(), null, null,
                Language.ENGLISH, said("Set-up: short sessions " + NUMBER.incrementAndGet())));
        return preferencesAsStored(client);
    }

    /** A check-in of the client's with a low bond; its id is the subject. */
    private static Seen checkedInLow(Person client) {
        long clientId = clinic.clientId(client);
        AllianceCheckInView checkIn = database.call(() -> database.allianceService(portalOf(client))
                .checkIn(clientId, AllianceScores.of(4, 4, 1), "Set-up: I did not feel heard"));
        return new Seen(clientId, checkIn.id(), 0, null);
    }

    /** A possible rupture not yet repaired (the client checks in low when none is open), with its version. */
    private static Seen anOpenRupture(Person client) {
        long clientId = clinic.clientId(client);
        String open = "select id, version from possible_rupture where client_id = " + clientId
                + " and repaired_at is null";
        if (database.row(open).isEmpty()) {
            checkedInLow(client);
        }
        List<String> rupture = database.row(open);
        return new Seen(clientId, Long.valueOf(rupture.get(0)), Long.parseLong(rupture.get(1)), null);
    }

    /** A psychotherapy note by each therapist on the client's team today. */
    private static Seen aNoteByEveryTherapistOnTheTeam(Person client) {
        long clientId = clinic.clientId(client);
        List<String> therapists = database.query("select s.username from care_team_member m"
                + " join staff_member s on s.id = m.staff_member_id join care_team t on t.id = m.care_team_id"
                + " where t.client_id = " + clientId + " and m.discipline = 'PSYCHOTHERAPY'"
                + " and m.starts_on <= date '" + TODAY + "' and (m.ends_on is null or m.ends_on >= date '" + TODAY + "')",
                result -> {
                    List<String> names = new ArrayList<>();
                    while (result.next()) {
                        names.add(result.getString(1));
                    }
                    return names;
                });
        for (String therapist : therapists) {
            database.call(() -> database.noteService(Accounts.signedIn(therapist, Role.THERAPIST))
                    .writePsychotherapyNote(clientId, "Set-up: " + therapist + "'s note " + NUMBER.incrementAndGet()));
        }
        return new Seen(clientId, null, 0, null);
    }

    /** A psychotherapy note by the client's therapist ({@link #authorOf}); its id is the subject. */
    private static Seen aNoteByTheTherapist(Person client) {
        long clientId = clinic.clientId(client);
        Caller author = authorOf(client);
        PsychotherapyNoteView note = database.call(() -> database.noteService(author).writePsychotherapyNote(clientId,
                "Set-up: the client spoke about their father, note " + NUMBER.incrementAndGet()));
        return new Seen(clientId, note.id(), 0, author.username());
    }

    // --------------------------------------------------------------------- what is stored, via JDBC

    /** The discipline the caller holds on the client's team today, as the team is stored. */
    static Discipline disciplineOnTheTeam(Someone who) {
        String discipline = database.text("select m.discipline from care_team_member m"
                + " join staff_member s on s.id = m.staff_member_id join care_team t on t.id = m.care_team_id"
                + " where t.client_id = " + clinic.clientId(who.client()) + " and s.username = '" + who.caller().username()
                + "' and m.starts_on <= date '" + TODAY + "' and (m.ends_on is null or m.ends_on >= date '" + TODAY + "')");
        if (discipline == null) {
            throw new AssertionError(who + " is not on the team today");
        }
        return Discipline.valueOf(discipline);
    }

    private static Set<String> publicMethods(Class<?> service) {
        return Arrays.stream(service.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The first row the query finds, each column as text; empty when there is none. */

    /**
     * Everything stored of what this table works on, for the client, row by row: their preferences,
     * alliance check-ins, possible ruptures with their signs, and psychotherapy notes.
     */
    private static List<String> snapshot(long clientId) {
        List<String> rows = new ArrayList<>();
        for (String sql : List.of(
                "select id, version, preferred_name, pronouns, preferred_language, pace, directness, formality, support,"
                        + " helped_before, did_not_help, culture_and_identity, accessibility_needs, preferences_changed_by,"
                        + " preferences_changed_at from client where id = " + clientId,
                "select * from alliance_check_in where client_id = " + clientId + " order by id",
                "select * from possible_rupture where client_id = " + clientId + " order by id",
                "select s.* from rupture_sign s join possible_rupture r on r.id = s.rupture_id where r.client_id = "
                        + clientId + " order by s.rupture_id, s.dimension, s.kind",
                "select * from psychotherapy_note where client_id = " + clientId + " order by id")) {
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
