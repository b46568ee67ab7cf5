package care.alliance.relationship;

import static care.alliance.relationship.AllianceDimension.BOND;
import static care.alliance.relationship.AllianceDimension.GOALS;
import static care.alliance.relationship.AllianceDimension.TASKS;
import static care.alliance.relationship.RuptureSign.Kind.DROP;
import static care.alliance.relationship.RuptureSign.Kind.LOW;
import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static java.time.temporal.ChronoUnit.MICROS;
import static care.alliance.team.SmallClinic.BLAKE_PORTAL;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.NOOR;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.team.SmallClinic.TESS;
import static care.alliance.team.SmallClinic.Person.ALEX;
import static care.alliance.team.SmallClinic.Person.BLAKE;
import static care.alliance.team.SmallClinic.Person.CASEY;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.Caller;
import care.alliance.access.NotFound;
import care.alliance.goal.ChangedMeanwhile;
import care.alliance.goal.Party;
import care.alliance.relationship.RuptureView.Sign;
import care.alliance.rules.ChangeRefused;
import care.alliance.team.CaseloadEntry;
import care.alliance.team.SmallClinic;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.ClinicDatabase.Attempt;
import care.alliance.testing.Together;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The working relationship through {@link AllianceService}, with real persistence: the client's
 * check-ins, the possible ruptures a low or falling answer opens (on the plan and on the caseload
 * of the client's therapist and care manager), and the repair that closes one, logged once. What a
 * call stored is read back through plain JDBC.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AllianceServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private ClinicDatabase database;
    private long alex;
    private long blake;
    private long casey;

    @BeforeEach
    void openTheClinic() {
        database = ClinicDatabase.migrated();
        SmallClinic clinic = SmallClinic.openIn(database);
        clinic.appointSecondTherapistToAlexsTeam(database);
        alex = clinic.clientId(ALEX);
        blake = clinic.clientId(BLAKE);
        casey = clinic.clientId(CASEY);
    }

    @AfterEach
    void closeTheClinic() {
        database.close();
    }

    private <T> T as(Caller caller, Function<AllianceService, T> call) {
        return as(caller, RuptureWatch.STANDARD, call);
    }

    private <T> T as(Caller caller, RuptureWatch watch, Function<AllianceService, T> call) {
        AllianceService service = database.allianceService(caller, watch);
        return database.call(() -> call.apply(service));
    }

    private AllianceCheckInView checkIn(Caller client, long clientId, int goals, int tasks, int bond) {
        return as(client, alliance -> alliance.checkIn(clientId, AllianceScores.of(goals, tasks, bond), null));
    }

    private RuptureView onlyRuptureOf(long clientId) {
        List<RuptureView> ruptures = as(MARIA, alliance -> alliance.allianceOf(clientId)).ruptures();
        assertEquals(1, ruptures.size(), "one possible rupture: " + ruptures);
        return ruptures.get(0);
    }

    /** Whether the clinician's caseload flags a possible rupture on the client's row. */
    private boolean flaggedOnCaseload(Caller clinician, long clientId) {
        return database.call(() -> database.careTeamService(clinician).myCaseload(ClinicDatabase.EVERY_CLIENT).entries()).stream()
                .filter(entry -> entry.team().clientId() == clientId)
                .findFirst()
                .map(CaseloadEntry::possibleRupture)
                .orElseThrow(() -> new AssertionError(clientId + " is not on " + clinician.username() + "'s caseload"));
    }

    /**
     * The rupture as read back: the database keeps times to the nearest microsecond, and the clock
     * the tests give the service runs in nanoseconds (the container's service clock ticks in microseconds).
     */
    private static RuptureView asStored(RuptureView view) {
        return new RuptureView(view.id(), view.version(), asStored(view.noticedAt()), view.signs(),
                view.clientComment(), view.repaired(), view.whatHappened(), view.howAddressed(), view.outcome(),
                view.repairedBy(), view.repairedByParty(), view.repairedAt() == null ? null : asStored(view.repairedAt()));
    }

    private static Instant asStored(Instant time) {
        return time.plusNanos(500).truncatedTo(MICROS);
    }

    /** A possible rupture's row, as stored. */
    record Stored(long clientId, long version, String whatHappened, String howAddressed, String outcome,
            String repairedBy, String repairedByParty, boolean repairedAtSet) {
    }

    private List<Stored> stored(long clientId) {
        return database.query("select client_id, version, repair_what_happened, repair_how_addressed, repair_outcome,"
                + " repaired_by, repaired_by_party, repaired_at from possible_rupture where client_id = " + clientId
                + " order by id", row -> {
                    List<Stored> all = new ArrayList<>();
                    while (row.next()) {
                        all.add(new Stored(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                                row.getString(5), row.getString(6), row.getString(7), row.getObject(8) != null));
                    }
                    return all;
                });
    }

    private long count(String sql) {
        return database.query(sql, row -> {
            row.next();
            return row.getLong(1);
        });
    }

    private static Stored open(long clientId) {
        return new Stored(clientId, 0, null, null, null, null, null, false);
    }

    // ------------------------------------------------------------------------- noticing a rupture

    @Test
    void aLowBondOpensAPossibleRuptureOnThePlanAndOnTheCaseloadOfTheClientsTherapistAndCareManager() {
        AllianceCheckInView sent = as(ALEX_PORTAL, alliance -> alliance.checkIn(alex, AllianceScores.of(4, 4, 1),
                "  I did not feel heard today.  "));

        assertEquals(List.of(alex, 4L, 4L, 1L, "I did not feel heard today.", "alex.morgan"), database.query(
                "select client_id, goals_score, tasks_score, bond_score, comment, submitted_by from alliance_check_in",
                row -> {
                    row.next();
                    return List.of(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getString(5),
                            row.getString(6));
                }));
        AllianceView seen = as(SAM, alliance -> alliance.allianceOf(alex));
        assertEquals(List.of(sent.id()), seen.checkIns().stream().map(AllianceCheckInView::id).toList());
        assertTrue(seen.hasOpenRupture());
        RuptureView rupture = onlyRuptureOf(alex);
        assertAll(
                () -> assertEquals(List.of(new Sign(BOND, LOW, 1, null)), rupture.signs(), "why: the bond is low"),
                () -> assertEquals("I did not feel heard today.", rupture.clientComment()),
                () -> assertEquals(asStored(sent.submittedAt()), rupture.noticedAt()),
                () -> assertFalse(rupture.repaired()),
                () -> assertEquals(List.of(open(alex)), stored(alex)));
        assertAll(
                () -> assertTrue(flaggedOnCaseload(SAM, alex), "the therapist's caseload"),
                () -> assertTrue(flaggedOnCaseload(TESS, alex), "the other therapist's caseload"),
                () -> assertTrue(flaggedOnCaseload(MARIA, alex), "the care manager's caseload"),
                () -> assertFalse(flaggedOnCaseload(MARIA, blake), "not on Blake's row"),
                () -> assertFalse(flaggedOnCaseload(SAM, casey), "not on Casey's row"));
    }

    @Test
    void aGoodOrMiddlingCheckInOpensNone() {
        checkIn(ALEX_PORTAL, alex, 5, 4, 5);
        checkIn(BLAKE_PORTAL, blake, 3, 3, 3);

        assertEquals(List.of(), as(SAM, alliance -> alliance.allianceOf(alex)).ruptures());
        assertEquals(List.of(), as(MARIA, alliance -> alliance.allianceOf(blake)).ruptures());
        assertEquals(0, count("select count(*) from possible_rupture"));
        assertFalse(flaggedOnCaseload(SAM, alex));
        assertFalse(flaggedOnCaseload(MARIA, alex));
        assertFalse(flaggedOnCaseload(MARIA, blake));
    }

    @Test
    void aClearDropFromTheEarlierCheckInsOpensOneThoughNoAnswerIsLow() {
        checkIn(ALEX_PORTAL, alex, 5, 5, 5);
        checkIn(ALEX_PORTAL, alex, 5, 5, 5);
        checkIn(ALEX_PORTAL, alex, 5, 4, 5);
        assertEquals(List.of(), stored(alex), "steady so far");

        checkIn(ALEX_PORTAL, alex, 5, 4, 3);

        assertEquals(List.of(new Sign(BOND, DROP, 3, 5.0)), onlyRuptureOf(alex).signs(),
                "the bond fell from 5 to 3; tasks, from 4.7 to 4, fell less than the drop");
        assertTrue(flaggedOnCaseload(SAM, alex));
        assertTrue(flaggedOnCaseload(MARIA, alex));
    }

    @Test
    void aSecondLowCheckInWhileARuptureIsOpenOpensNoOtherButOneAfterTheRepairDoes() {
        checkIn(ALEX_PORTAL, alex, 4, 4, 1);
        checkIn(ALEX_PORTAL, alex, 1, 2, 1);

        assertEquals(2, count("select count(*) from alliance_check_in where client_id = " + alex), "both check-ins kept");
        RuptureView first = onlyRuptureOf(alex);
        assertEquals(List.of(new Sign(BOND, LOW, 1, null)), first.signs(), "the rupture the first check-in opened");

        as(SAM, alliance -> alliance.logRepair(first.id(), first.version(), "Felt rushed", "Talked it through",
                "Slower sessions"));
        AllianceCheckInView after = checkIn(ALEX_PORTAL, alex, 2, 4, 4);

        List<RuptureView> ruptures = as(MARIA, alliance -> alliance.allianceOf(alex)).ruptures();
        assertEquals(2, ruptures.size(), "a new one after the repair");
        assertEquals(asStored(after.submittedAt()), ruptures.get(0).noticedAt(), "newest first");
        assertFalse(ruptures.get(0).repaired());
        assertTrue(ruptures.get(1).repaired());
        assertEquals(List.of(new Sign(GOALS, LOW, 2, null)), ruptures.get(0).signs());
    }

    // -------------------------------------------------------------------------- clinics' own marks

    @Test
    void aClinicsOwnLowMarkIsHonoured() {
        RuptureWatch lowAtThree = new RuptureWatch(3, 2, 3);
        as(ALEX_PORTAL, lowAtThree, alliance -> alliance.checkIn(alex, AllianceScores.of(4, 3, 4), null));
        as(BLAKE_PORTAL, alliance -> alliance.checkIn(blake, AllianceScores.of(4, 3, 4), null));

        assertEquals(List.of(new Sign(TASKS, LOW, 3, null)), onlyRuptureOf(alex).signs(), "3 is low for this clinic");
        assertEquals(List.of(), stored(blake), "but not by the standard marks");
    }

    @Test
    void aClinicsOwnDropAndLookBackAreHonoured() {
        RuptureWatch sensitive = new RuptureWatch(2, 1, 1);
        for (long client : List.of(alex, blake)) {
            Caller portal = client == alex ? ALEX_PORTAL : BLAKE_PORTAL;
            checkIn(portal, client, 3, 3, 3);
            checkIn(portal, client, 5, 5, 4);
        }

        as(ALEX_PORTAL, sensitive, alliance -> alliance.checkIn(alex, AllianceScores.of(4, 4, 4), null));
        as(BLAKE_PORTAL, alliance -> alliance.checkIn(blake, AllianceScores.of(4, 4, 4), null));

        assertEquals(List.of(new Sign(GOALS, DROP, 4, 5.0), new Sign(TASKS, DROP, 4, 5.0)), onlyRuptureOf(alex).signs(),
                "against the last check-in only, a fall of one point is a drop");
        assertEquals(List.of(), stored(blake), "the standard marks average three check-ins and want two points");
    }

    // ---------------------------------------------------------------------------- the repair

    @Test
    void theTherapistLogsTheRepairAndTheCaseloadFlagGoes() {
        checkIn(ALEX_PORTAL, alex, 4, 4, 1);
        RuptureView open = onlyRuptureOf(alex);

        RuptureView repaired = as(SAM, alliance -> alliance.logRepair(open.id(), open.version(),
                " I ran over time and cut Alex off. ", "We talked about it at the start of the next session.",
                "Alex felt heard; we keep ten minutes for questions."));

        assertAll(
                () -> assertTrue(repaired.repaired()),
                () -> assertEquals("sam.rivera", repaired.repairedBy()),
                () -> assertEquals(Party.PSYCHOTHERAPY, repaired.repairedByParty()),
                () -> assertNotNull(repaired.repairedAt()),
                () -> assertEquals(open.version() + 1, repaired.version()));
        assertEquals(List.of(new Stored(alex, 1, "I ran over time and cut Alex off.",
                "We talked about it at the start of the next session.",
                "Alex felt heard; we keep ten minutes for questions.", "sam.rivera", "PSYCHOTHERAPY", true)), stored(alex));
        assertEquals(asStored(repaired), onlyRuptureOf(alex), "the plan shows the repair");
        assertFalse(as(PRIYA, alliance -> alliance.allianceOf(alex)).hasOpenRupture());
        assertFalse(flaggedOnCaseload(SAM, alex));
        assertFalse(flaggedOnCaseload(MARIA, alex));
    }

    @Test
    void theCareManagerLogsARepairForCareManagement() {
        checkIn(BLAKE_PORTAL, blake, 1, 4, 4);
        RuptureView open = onlyRuptureOf(blake);

        RuptureView repaired = as(MARIA, alliance -> alliance.logRepair(open.id(), open.version(),
                "The goal felt like ours, not Blake's", "Went back to Blake's own words", "Goal reworded together"));

        assertEquals(Party.CARE_MANAGEMENT, repaired.repairedByParty());
        assertEquals("CARE_MANAGEMENT", stored(blake).get(0).repairedByParty());
        assertFalse(flaggedOnCaseload(NOOR, blake), "gone from the therapist's caseload too");
    }

    @Test
    void aRuptureIsRepairedOnlyOnce() {
        checkIn(ALEX_PORTAL, alex, 4, 4, 1);
        RuptureView open = onlyRuptureOf(alex);
        RuptureView repaired = as(SAM, alliance -> alliance.logRepair(open.id(), open.version(), "Felt rushed",
                "Talked it through", "Slower sessions"));
        List<Stored> before = stored(alex);

        ChangeRefused refused = assertThrows(ChangeRefused.class, () -> as(MARIA, alliance -> alliance.logRepair(
                open.id(), repaired.version(), "Another account", "Another talk", "Another outcome")));

        assertEquals("This rupture is already repaired.", refused.getMessage());
        assertEquals(before, stored(alex), "the first repair stands");
    }

    @Test
    void aRepairLoggedOnAStaleVersionIsToldWhoLoggedOneMeanwhile() {
        checkIn(ALEX_PORTAL, alex, 4, 4, 1);
        RuptureView open = onlyRuptureOf(alex);
        as(SAM, alliance -> alliance.logRepair(open.id(), open.version(), "Felt rushed", "Talked it through",
                "Slower sessions"));
        List<Stored> before = stored(alex);

        ChangedMeanwhile changed = assertThrows(ChangedMeanwhile.class, () -> as(MARIA, alliance -> alliance.logRepair(
                open.id(), open.version(), "My account", "My talk", "My outcome")));

        assertTrue(changed.getMessage().contains("sam.rivera"), changed.getMessage());
        assertEquals(before, stored(alex));
    }

    @Test
    void aRepairOnAVersionTheRuptureNeverHadIsRefusedAndChangesNothing() {
        checkIn(ALEX_PORTAL, alex, 4, 4, 1);
        RuptureView open = onlyRuptureOf(alex);

        assertThrows(ChangedMeanwhile.class, () -> as(SAM, alliance -> alliance.logRepair(open.id(), open.version() + 5,
                "Felt rushed", "Talked it through", "Slower sessions")));

        assertEquals(List.of(open(alex)), stored(alex));
    }

    @Test
    void aRepairNeedsAllThreeAnswersInPlainWords() {
        checkIn(ALEX_PORTAL, alex, 4, 4, 1);
        RuptureView open = onlyRuptureOf(alex);

        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> as(SAM, alliance -> alliance.logRepair(
                        open.id(), open.version(), " ", "Talked it through", "Slower sessions"))),
                () -> assertThrows(IllegalArgumentException.class, () -> as(SAM, alliance -> alliance.logRepair(
                        open.id(), open.version(), "Felt rushed", null, "Slower sessions"))),
                () -> assertThrows(IllegalArgumentException.class, () -> as(SAM, alliance -> alliance.logRepair(
                        open.id(), open.version(), "Felt rushed", "Talked it through", "<b>fixed</b>"))),
                () -> assertThrows(IllegalArgumentException.class, () -> as(SAM, alliance -> alliance.logRepair(
                        open.id(), open.version(), "x".repeat(Repair.TEXT_LENGTH + 1), "Talked", "Slower"))));

        assertEquals(List.of(open(alex)), stored(alex), "still open, unchanged");
        assertTrue(flaggedOnCaseload(SAM, alex));
    }

    @Test
    void aCheckInWithMarkupOrALongCommentIsRefusedAndStoresNothing() {
        assertThrows(IllegalArgumentException.class, () -> as(ALEX_PORTAL, alliance -> alliance.checkIn(alex,
                AllianceScores.of(1, 1, 1), "<script>alert('x')</script>")));
        assertThrows(IllegalArgumentException.class, () -> as(ALEX_PORTAL, alliance -> alliance.checkIn(alex,
                AllianceScores.of(1, 1, 1), "x".repeat(AllianceCheckIn.COMMENT_LENGTH + 1))));
        assertThrows(IllegalArgumentException.class, () -> as(ALEX_PORTAL, alliance -> alliance.checkIn(alex, null, null)));

        assertEquals(0, count("select count(*) from alliance_check_in"));
        assertEquals(0, count("select count(*) from possible_rupture"));
    }

    @Test
    void aRepairOfARuptureThatDoesNotExistIsAuditedAndNotFound() {
        long mark = database.lastAuditEventId();

        NotFound notFound = assertThrows(NotFound.class, () -> as(SAM, alliance -> alliance.logRepair(4242, 0,
                "Felt rushed", "Talked it through", "Slower sessions")));

        assertEquals("There is no possible rupture with this number.", notFound.getMessage());
        List<AuditRow> events = database.auditEventsAfter(mark);
        assertEquals(1, events.size(), events.toString());
        AuditRow event = events.get(0);
        assertAll(
                () -> assertEquals("sam.rivera", event.actor()),
                () -> assertEquals("LOG_REPAIR", event.action()),
                () -> assertEquals("PossibleRupture", event.recordType()),
                () -> assertEquals(4242L, event.recordId()),
                () -> assertNull(event.clientId()),
                () -> assertEquals("REFUSED", event.outcome()),
                () -> assertEquals("no such record", event.reason()));
    }

    // ----------------------------------------------------------------------------- at the same time

    @Tag("race")
    @Test
    void twoTherapistsAndTheCareManagerLoggingTheSameRepairAtOnceSaveExactlyOneAndLoseNothing() {
        List<Caller> repairers = List.of(SAM, TESS, MARIA);
        for (int round = 1; round <= 5; round++) {
            checkIn(ALEX_PORTAL, alex, 4, 4, 1);
            RuptureView open = as(SAM, alliance -> alliance.allianceOf(alex)).ruptures().get(0);
            assertFalse(open.repaired(), "set-up: an open rupture");
            Together everyoneHasRead = Together.of(repairers.size());
            int thisRound = round;
            List<Supplier<RuptureView>> repairs = repairers.stream()
                    .map(repairer -> (Supplier<RuptureView>) () -> AllianceServiceWiring.wire(
                                    waitingFor(everyoneHasRead), database.carePlanAccess(repairer), RuptureWatch.STANDARD,
                                    database.runningClock())
                            .logRepair(open.id(), open.version(), "Round " + thisRound + ", as " + repairer.username()
                                    + " saw it", "Talked it through", "Outcome by " + repairer.username()))
                    .toList();
            long mark = database.lastAuditEventId();

            List<Attempt<RuptureView>> attempts = database.callTogether(repairs, PATIENCE);

            everyoneHasRead.assertEveryoneArrived();
            List<Integer> saved = IntStream.range(0, attempts.size()).filter(i -> attempts.get(i).succeeded())
                    .boxed().toList();
            assertEquals(1, saved.size(), "round " + round + ": exactly one repair is saved, " + outcomes(attempts));
            assertAll(attempts.stream().filter(attempt -> !attempt.succeeded()).map(attempt -> () -> assertTrue(
                    attempt.failure() instanceof ChangedMeanwhile || attempt.failure() instanceof ChangeRefused,
                    "told of the other repair, not failed: " + attempt.failure())));
            Caller winner = repairers.get(saved.get(0));
            Stored stored = stored(alex).stream().filter(rupture -> rupture.version() == 1
                    && rupture.whatHappened().startsWith("Round " + thisRound + ",")).findFirst().orElseThrow();
            assertEquals(new Stored(alex, 1, "Round " + round + ", as " + winner.username() + " saw it", "Talked it through",
                    "Outcome by " + winner.username(), winner.username(),
                    winner == MARIA ? "CARE_MANAGEMENT" : "PSYCHOTHERAPY", true), stored,
                    "the saved repair is stored whole, as its author wrote it");
            assertEquals(asStored(attempts.get(saved.get(0)).result()), newestRupture(), "and is what the plan shows");
            assertEquals(repairers.size(), database.auditEventsAfter(mark).stream()
                    .filter(event -> event.action().equals("LOG_REPAIR") && event.outcome().equals("ALLOWED")).count(),
                    "each of them was let through and audited");
        }
        assertEquals(5, count("select count(*) from possible_rupture where client_id = " + alex + " and repaired_at is not null"));
        assertFalse(flaggedOnCaseload(MARIA, alex));
    }

    @Tag("race")
    @Test
    void theSameLowCheckInSentTwiceAtOnceOpensOnePossibleRupture() {
        Together bothAreSending = Together.of(2);
        List<Supplier<AllianceCheckInView>> sends = IntStream.range(0, 2)
                .mapToObj(send -> (Supplier<AllianceCheckInView>) () -> AllianceServiceWiring.wire(
                                sendingTogether(bothAreSending), database.carePlanAccess(ALEX_PORTAL), RuptureWatch.STANDARD,
                                database.runningClock())
                        .checkIn(alex, AllianceScores.of(4, 4, 1), "Sent from the phone and the laptop"))
                .toList();

        List<Attempt<AllianceCheckInView>> attempts = database.callTogether(sends, PATIENCE);

        bothAreSending.assertEveryoneArrived();
        assertAll(attempts.stream().map(attempt -> () -> assertTrue(attempt.succeeded(), "sent: " + attempt.failure())));
        assertEquals(2, count("select count(*) from alliance_check_in where client_id = " + alex), "both kept");
        assertEquals(1, count("select count(*) from possible_rupture where client_id = " + alex),
                "one possible rupture for the team to talk through, not two");
    }

    private RuptureView newestRupture() {
        return as(SAM, alliance -> alliance.allianceOf(alex)).ruptures().get(0);
    }

    private static String outcomes(List<? extends Attempt<?>> attempts) {
        return attempts.stream().map(attempt -> attempt.succeeded() ? "saved"
                : attempt.failure().getClass().getSimpleName()).toList().toString();
    }

    /**
     * Check-ins and ruptures kept as usual, except that both senders are in the middle of sending,
     * allowed and about to look at the client's check-ins, before either takes its turn with the
     * client's row (the turn keeps the second from looking before the first has stored what it
     * noticed, so they cannot meet any later than this).
     */
    private AllianceCheckIns sendingTogether(Together bothAreSending) {
        return new JpaAllianceCheckIns(database.entityManager()) {
            @Override
            public void takeTurnsForCheckIn(long clientId) {
                bothAreSending.waitForEveryone();
                super.takeTurnsForCheckIn(clientId);
            }
        };
    }

    /**
     * Check-ins and ruptures kept as usual, except that everyone arrives together to read the
     * rupture for their repair, so that all of them start from the same version at the same moment.
     */
    private AllianceCheckIns waitingFor(Together everyoneHasRead) {
        return new JpaAllianceCheckIns(database.entityManager()) {
            @Override
            public Optional<PossibleRupture> findRupture(long ruptureId) {
                everyoneHasRead.waitForEveryone();
                return super.findRupture(ruptureId);
            }
        };
    }
}
