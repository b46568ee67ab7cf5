package care.alliance.emergency;

import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.BLAKE_PORTAL;
import static care.alliance.team.SmallClinic.INES;
import static care.alliance.team.SmallClinic.JON;
import static care.alliance.team.SmallClinic.KWAME;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.NOBODY;
import static care.alliance.team.SmallClinic.NOOR;
import static care.alliance.team.SmallClinic.OMAR;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.ROBIN_IT;
import static care.alliance.team.SmallClinic.ROSA;
import static care.alliance.team.SmallClinic.ROSA_REASON;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.testing.ClinicDatabase.NOW;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.EmergencyAccessOffered;
import care.alliance.access.NotFound;
import care.alliance.access.PlanOperation;
import care.alliance.careplan.PlanReading;
import care.alliance.goal.LifeArea;
import care.alliance.note.PsychotherapyNoteView;
import care.alliance.rules.InvalidInput;
import care.alliance.team.Discipline;
import care.alliance.team.SmallClinic;
import care.alliance.team.SmallClinic.Person;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.PlanGoals;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Breaking the glass: who may open a client's plan in an emergency, what the access opens while it
 * lasts and nothing after, and what the audit, the team and the client are told. The small clinic's
 * "now" is fixed; accesses are opened and read at chosen moments around it.
 */
class EmergencyAccessServiceTest {

    static final String REASON = "Called by the ED: Alex was brought in overnight, the team is away";

    private static ClinicDatabase database;
    private static SmallClinic clinic;
    private static long alex;
    private static long blake;
    private static long casey;

    @BeforeAll
    static void openTheClinic() {
        database = ClinicDatabase.migrated();
        clinic = SmallClinic.openIn(database);
        alex = clinic.clientId(Person.ALEX);
        blake = clinic.clientId(Person.BLAKE);
        casey = clinic.clientId(Person.CASEY);
        // Omar, a psychiatrist off Alex's team, broke the glass on Alex's plan at NOW.
        database.call(() -> database.emergencyAccessService(OMAR).open(alex, REASON));
    }

    @AfterAll
    static void closeTheClinic() {
        database.close();
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static AuditRow onlyEventAfter(long mark) {
        List<AuditRow> events = database.auditEventsAfter(mark);
        assertEquals(1, events.size(), "one audit event: " + events);
        return events.get(0);
    }

    // ------------------------------------------------------------------------------ who may open

    @Test
    void aClinicianOffTheTeamOpensTheAccessForTheConfiguredHourAndTheOpeningIsAuditedWithTheReason() {
        long mark = database.lastAuditEventId();

        EmergencyAccessView opened = database.call(() -> database.emergencyAccessService(JON)
                .open(alex, "  Alex called the crisis line and named this clinic  "));

        assertAll(
                () -> assertEquals("Jon Berg", opened.clinicianName()),
                () -> assertEquals(Discipline.CARE_MANAGEMENT, opened.discipline()),
                () -> assertEquals("Alex called the crisis line and named this clinic", opened.reason(), "trimmed"),
                () -> assertEquals(NOW, opened.openedAt()),
                () -> assertEquals(NOW.plus(Duration.ofHours(1)), opened.endsAt()),
                () -> assertTrue(opened.open()),
                () -> assertTrue(opened.yours()));
        AuditRow event = onlyEventAfter(mark);
        assertAll(
                () -> assertEquals("jon.berg", event.actor()),
                () -> assertEquals("care-manager", event.actorRole()),
                () -> assertEquals(EmergencyAccess.AUDIT_ACTION, event.action()),
                () -> assertEquals("EmergencyAccess", event.recordType()),
                () -> assertEquals(opened.id(), event.recordId()),
                () -> assertEquals(alex, event.clientId()),
                () -> assertEquals("ALLOWED", event.outcome()),
                () -> assertEquals("Alex called the crisis line and named this clinic", event.reason(),
                        "the stated reason, for the privacy officer's review"));
        assertEquals(List.of("jon.berg", "CARE_MANAGEMENT", "Alex called the crisis line and named this clinic"),
                database.row("select username, discipline, reason from emergency_access where id = " + opened.id()));
    }

    static Stream<Arguments> whoIsRefused() {
        return Stream.of(
                arguments(PRIYA, "on this client's care team: no emergency access needed",
                        "You are on this client's care team: open the care plan as you always do; emergency access is not needed."),
                arguments(SAM, "on this client's care team: no emergency access needed",
                        "You are on this client's care team: open the care plan as you always do; emergency access is not needed."),
                arguments(MARIA, "on this client's care team: no emergency access needed",
                        "You are on this client's care team: open the care plan as you always do; emergency access is not needed."),
                arguments(ALEX_PORTAL, "role may not open emergency access",
                        "Only a clinician may open a client's plan in an emergency."),
                arguments(BLAKE_PORTAL, "role may not open emergency access",
                        "Only a clinician may open a client's plan in an emergency."),
                arguments(ROBIN_IT, "role may not open emergency access",
                        "Only a clinician may open a client's plan in an emergency."),
                arguments(NOBODY, "role may not open emergency access",
                        "Only a clinician may open a client's plan in an emergency."),
                arguments(INES, "no working staff member with this account",
                        "Only a clinician may open a client's plan in an emergency."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("whoIsRefused")
    void teamMembersClientsClinicItAndAccountsWithoutAStaffRecordAreRefusedAndTheAttemptIsAudited(Caller caller,
            String audited, String told) {
        long mark = database.lastAuditEventId();
        long accesses = database.count("select count(*) from emergency_access");

        AccessRefused refused = assertThrows(AccessRefused.class,
                () -> database.call(() -> database.emergencyAccessService(caller).open(alex, REASON)));

        assertEquals(told, refused.message(Locale.ENGLISH));
        assertFalse(refused.message(Locale.forLanguageTag("es")).isBlank());
        AuditRow event = onlyEventAfter(mark);
        assertAll(
                () -> assertEquals(caller.username(), event.actor()),
                () -> assertEquals(EmergencyAccess.AUDIT_ACTION, event.action()),
                () -> assertEquals(alex, event.clientId()),
                () -> assertEquals("REFUSED", event.outcome()),
                () -> assertEquals(audited, event.reason()));
        assertEquals(accesses, database.count("select count(*) from emergency_access"), "nothing opened");
    }

    @Test
    void aReasonThatSaysNothingIsRefusedBesideItsFieldAuditedAndNothingIsOpened() {
        long mark = database.lastAuditEventId();
        long accesses = database.count("select count(*) from emergency_access");

        InvalidInput empty = assertThrows(InvalidInput.class,
                () -> database.call(() -> database.emergencyAccessService(KWAME).open(alex, "   ")));
        InvalidInput tooShort = assertThrows(InvalidInput.class,
                () -> database.call(() -> database.emergencyAccessService(KWAME).open(alex, "urgent")));

        assertEquals("emergencyReason", empty.field().orElseThrow());
        assertEquals("emergencyReason", tooShort.field().orElseThrow());
        assertEquals(List.of("REFUSED", "REFUSED"), database.auditEventsAfter(mark).stream().map(AuditRow::outcome).toList());
        assertEquals(accesses, database.count("select count(*) from emergency_access"));
    }

    @Test
    void anUnknownClientIsNotFound() {
        assertThrows(NotFound.class, () -> database.call(() -> database.emergencyAccessService(OMAR)
                .open(clinic.unknownClientId(), REASON)));
    }

    @Test
    void theClientMayBeFoundByTheirRecordNumberAndAnUnknownNumberIsRefusedBesideItsField() {
        database.inNewTransaction(() -> database.entityManager()
                .createNativeQuery("update client set record_number = 'MRN-5501' where id = " + casey).executeUpdate());

        EmergencyAccessView opened = database.call(() -> database.emergencyAccessService(OMAR)
                .openForRecordNumber(" MRN-5501 ", "Casey is in the ED and asks for their psychiatrist"));
        InvalidInput unknown = assertThrows(InvalidInput.class, () -> database.call(() -> database
                .emergencyAccessService(OMAR).openForRecordNumber("MRN-0000", "Casey is in the ED, again")));
        InvalidInput malformed = assertThrows(InvalidInput.class, () -> database.call(() -> database
                .emergencyAccessService(OMAR).openForRecordNumber("<b>", "Casey is in the ED, again")));
        AccessRefused client = assertThrows(AccessRefused.class, () -> database.call(() -> database
                .emergencyAccessService(ALEX_PORTAL).openForRecordNumber("MRN-5501", "I want to see Casey's plan")));

        assertEquals(casey, opened.clientId());
        assertEquals("recordNumber", unknown.field().orElseThrow());
        assertEquals("No client has the record number MRN-0000; check it and try again.", unknown.message(Locale.ENGLISH));
        assertEquals("recordNumber", malformed.field().orElseThrow());
        assertEquals("Only a clinician may open a client's plan in an emergency.", client.message(Locale.ENGLISH),
                "a client learns nothing of who has which record number");
    }

    // ------------------------------------------------------------------------ what it opens, and when

    @Test
    void whileOpenTheTeamsReadsAreAllowedAndEachIsAuditedWithTheReason() {
        long mark = database.lastAuditEventId();

        assertEquals(alex, database.call(() -> database.carePlanService(OMAR).planOf(alex)).clientId());
        database.call(() -> database.goalService(OMAR).goalsOf(alex));
        database.call(() -> database.taskService(OMAR).tasksOf(alex));
        database.call(() -> database.noteService(OMAR).notesOf(alex));
        database.call(() -> database.measureService(OMAR).measuresOf(alex));
        database.call(() -> database.allianceService(OMAR).allianceOf(alex));
        assertEquals("Alex Morgan", database.call(() -> database.careTeamService(OMAR).careTeamOf(alex)).clientName(),
                "whom to call about the emergency");

        List<AuditRow> events = database.auditEventsAfter(mark);
        assertEquals(7, events.size(), events.toString());
        assertTrue(events.stream().allMatch(event -> event.outcome().equals("ALLOWED")
                && event.reason().equals("emergency access: " + REASON) && event.actor().equals("omar.haddad")
                && event.clientId() == alex), events.toString());
    }

    @Test
    void aGoalReadUnderTheAccessSaysSoSoItsPageOffersNoChangeAndTheTeamsReadDoesNot() {
        long goal = database.call(() -> database.goalService(MARIA)
                .propose(alex, PlanGoals.content("Cook a meal on Sundays", LifeArea.DAILY_LIFE, null,
                        Discipline.CARE_MANAGEMENT))).id();

        assertTrue(database.call(() -> database.goalService(OMAR).historyOf(goal)).readInEmergency(),
                "Omar is off Alex's team and reads through his emergency access");
        assertFalse(database.call(() -> database.goalService(MARIA).historyOf(goal)).readInEmergency(),
                "Maria is on Alex's team");
        assertFalse(database.call(() -> database.goalService(ALEX_PORTAL).historyOf(goal)).readInEmergency());
    }

    @Test
    void whileOpenEveryChangeIsRefused() {
        long before = database.count("select count(*) from goal where client_id = " + alex);
        long version = database.call(() -> database.carePlanService(MARIA).planOf(alex)).version();

        AccessRefused edit = assertThrows(AccessRefused.class, () -> database.call(() -> database.carePlanService(OMAR)
                .addConcern(alex, version, "Sleeping badly", "Insomnia")));
        AccessRefused propose = assertThrows(AccessRefused.class, () -> database.call(() -> database.goalService(OMAR)
                .propose(alex, PlanGoals.content("Sleep through the night", LifeArea.MENTAL_HEALTH, null,
                        Discipline.PSYCHIATRY))));
        assertThrows(AccessRefused.class, () -> database.call(() -> database.noteService(OMAR)
                .write(alex, null, care.alliance.note.Visibility.CARE_TEAM, "Seen in the ED.")));

        assertFalse(edit instanceof EmergencyAccessOffered, "a change is not offered under emergency access");
        assertFalse(propose instanceof EmergencyAccessOffered);
        assertEquals(before, database.count("select count(*) from goal where client_id = " + alex));
    }

    @Test
    void psychotherapyNotesStayTheirAuthorsUnderEmergencyAccess() {
        // Sam, a therapist off Blake's team, breaks the glass on Blake's plan, where Noor writes psychotherapy notes.
        PsychotherapyNoteView noorsNote = database.call(() -> database.noteService(NOOR)
                .writePsychotherapyNote(blake, "Session on the anniversary of the loss."));
        database.call(() -> database.emergencyAccessService(SAM).open(blake, "Blake called me from the crisis line"));

        database.call(() -> database.carePlanService(SAM).planOf(blake));
        assertThrows(AccessRefused.class, () -> database.call(() -> database.noteService(SAM).myPsychotherapyNotes(blake)));
        assertThrows(AccessRefused.class, () -> database.call(() -> database.noteService(SAM)
                .psychotherapyNote(noorsNote.id())));
        assertThrows(AccessRefused.class, () -> database.call(() -> database.noteService(SAM)
                .writePsychotherapyNote(blake, "Crisis call.")));
    }

    @Test
    void theSameReadsAreRefusedOnceTheAccessHasEnded() {
        Instant lastMinute = NOW.plus(Duration.ofMinutes(59));
        Instant ended = NOW.plus(Duration.ofMinutes(60));

        assertTrue(database.call(() -> database.carePlanAccess(OMAR, at(lastMinute))
                .require(alex, PlanOperation.VIEW_PLAN, "CarePlan", null)).allowed());
        long mark = database.lastAuditEventId();
        EmergencyAccessOffered refused = assertThrows(EmergencyAccessOffered.class, () -> database.call(() -> database
                .carePlanAccess(OMAR, at(ended)).require(alex, PlanOperation.VIEW_PLAN, "CarePlan", null)));

        assertEquals(alex, refused.clientId(), "offered to break the glass again");
        assertEquals("not on this client's care team", onlyEventAfter(mark).reason());
        assertThrows(AccessRefused.class, () -> database.call(() -> database.carePlanService(KWAME).planOf(alex)),
                "Kwame's access ended yesterday");
    }

    @Test
    void aClinicianOffTheTeamIsOfferedEmergencyAccessForTheTeamsReadsOnlyAndNobodyElseIs() {
        long dana = clinic.clientId(Person.DANA);
        EmergencyAccessOffered offered = assertThrows(EmergencyAccessOffered.class,
                () -> database.call(() -> database.carePlanService(OMAR).planOf(dana)));
        assertEquals(dana, offered.clientId());

        AccessRefused client = assertThrows(AccessRefused.class,
                () -> database.call(() -> database.carePlanService(BLAKE_PORTAL).planOf(alex)));
        AccessRefused it = assertThrows(AccessRefused.class,
                () -> database.call(() -> database.carePlanService(ROBIN_IT).planOf(alex)));
        AccessRefused write = assertThrows(AccessRefused.class, () -> database.call(() -> database.carePlanService(OMAR)
                .addStrength(dana, -1, "Keeps appointments")));

        assertFalse(client instanceof EmergencyAccessOffered);
        assertFalse(it instanceof EmergencyAccessOffered);
        assertFalse(write instanceof EmergencyAccessOffered);
    }

    @Test
    void anAccessToOneClientOpensNoOtherClientsPlan() {
        // Rosa's open access is to Alex's plan only.
        assertThrows(EmergencyAccessOffered.class, () -> database.call(() -> database.carePlanService(ROSA).planOf(casey)));
        assertEquals(alex, database.call(() -> database.carePlanService(ROSA).planOf(alex)).clientId());
    }

    // ------------------------------------------------------------------------------ who is told

    @Test
    void theTeamAndTheClientReadTheRecentAccessesWithTheirReasonsAndOthersAreRefused() {
        List<EmergencyAccessView> byTheLead = database.call(() -> database.emergencyAccessService(MARIA).recentOf(alex));
        List<EmergencyAccessView> byTheClient = database.call(() -> database.emergencyAccessService(ALEX_PORTAL)
                .recentOf(alex));
        List<EmergencyAccessView> byRosa = database.call(() -> database.emergencyAccessService(ROSA).recentOf(alex));

        assertTrue(byTheLead.stream().anyMatch(access -> access.clinicianName().equals("Omar Haddad, MD")
                && access.reason().equals(REASON) && access.discipline() == Discipline.PSYCHIATRY && access.open()));
        assertTrue(byTheLead.stream().anyMatch(access -> access.clinicianName().equals("Kwame Mensah, MD")
                && !access.open()), "an ended access is still shown");
        assertTrue(byTheLead.stream().noneMatch(EmergencyAccessView::yours));
        assertEquals(byTheLead.stream().map(EmergencyAccessView::id).toList(),
                byTheClient.stream().map(EmergencyAccessView::id).toList());
        assertEquals(List.of(ROSA_REASON), byRosa.stream().filter(EmergencyAccessView::yours)
                .map(EmergencyAccessView::reason).toList(), "her own banner");
        assertTrue(byTheLead.stream().allMatch(access -> access.clientId() == alex));

        assertThrows(AccessRefused.class, () -> database.call(() -> database.emergencyAccessService(BLAKE_PORTAL)
                .recentOf(alex)));
        assertThrows(AccessRefused.class, () -> database.call(() -> database.emergencyAccessService(ROBIN_IT)
                .recentOf(alex)));
        assertThrows(AccessRefused.class, () -> database.call(() -> database.emergencyAccessService(NOBODY)
                .recentOf(alex)));
    }

    /** "Who looked at my plan" reads the last 90 days of the real clock, as the audit is written: so is this access. */
    @Test
    void theClientSeesEachEmergencyAccessWithItsReasonInWhoLookedAtTheirPlan() {
        Clock real = Clock.systemUTC();
        EmergencyAccessView opened = database.call(() -> database.emergencyAccessService(KWAME, real)
                .open(alex, "Alex collapsed in the waiting room of the walk-in clinic"));

        List<PlanReading> days = database.call(() -> database.planReaders(ALEX_PORTAL).whoReadMyPlan(alex));

        List<PlanReading.EmergencyOpening> emergencies = days.stream().flatMap(day -> day.emergencies().stream()).toList();
        assertEquals(List.of(new PlanReading.EmergencyOpening("Kwame Mensah, MD", Discipline.PRIMARY_CARE,
                opened.openedAt(), "Alex collapsed in the waiting room of the walk-in clinic")), emergencies);
        assertEquals(days.get(0).day(), java.time.LocalDate.ofInstant(opened.openedAt(), java.time.ZoneId.systemDefault()),
                "on the day it was opened");
    }
}
