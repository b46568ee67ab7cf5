package care.alliance.note;

import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.BLAKE_PORTAL;
import static care.alliance.team.SmallClinic.JON;
import static care.alliance.team.SmallClinic.KWAME;
import static care.alliance.team.SmallClinic.LENA;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.NOBODY;
import static care.alliance.team.SmallClinic.NOOR;
import static care.alliance.team.SmallClinic.OMAR;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.ROBIN_IT;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.team.SmallClinic.TESS;
import static care.alliance.team.SmallClinic.Person.ALEX;
import static care.alliance.team.SmallClinic.Person.BLAKE;
import static care.alliance.team.SmallClinic.Person.CASEY;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.NotFound;
import care.alliance.access.Role;
import care.alliance.goal.JpaGoals;
import care.alliance.team.SmallClinic;
import care.alliance.testing.Accounts;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A therapist's psychotherapy notes through {@link NoteService}, with real persistence: written by a
 * therapist on the client's team, read by their author alone — not by another therapist of the same
 * team, not by the rest of the team, the client or clinic IT — every attempt audited, and never
 * among the team's notes. What is stored is read back through plain JDBC.
 */
class PsychotherapyNotesTest {

    private static final String REFUSED = "This is not yours to see or change: ";

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

    private <T> T as(Caller caller, Function<NoteService, T> call) {
        NoteService service = database.noteService(caller);
        return database.call(() -> call.apply(service));
    }

    /** A note written by the author on a day they were on the client's team, as the service would have taken it then. */
    private PsychotherapyNoteView writtenOn(LocalDate day, Caller author, long clientId, String body) {
        Clock then = Clock.fixed(day.atTime(11, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        NoteService service = NoteServiceWiring.wire(new JpaTeamNotes(database.entityManager()),
                new JpaPsychotherapyNotes(database.entityManager()), new JpaGoals(database.entityManager()),
                database.carePlanAccess(author, then), then);
        return database.call(() -> service.writePsychotherapyNote(clientId, body));
    }

    /** A psychotherapy note's row, as stored, without its time. */
    record Stored(long id, long clientId, String author, String body) {
    }

    private List<Stored> stored() {
        return database.query("select id, client_id, author, body from psychotherapy_note order by id", row -> {
            List<Stored> all = new ArrayList<>();
            while (row.next()) {
                all.add(new Stored(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4)));
            }
            return all;
        });
    }

    /** What an audit event says, without when and from where. */
    record Event(String actor, String role, String action, String recordType, Long recordId, Long clientId,
            String outcome, String reason) {

        static Event of(AuditRow row) {
            return new Event(row.actor(), row.actorRole(), row.action(), row.recordType(), row.recordId(), row.clientId(),
                    row.outcome(), row.reason());
        }
    }

    private List<Event> eventsAfter(long mark) {
        return database.auditEventsAfter(mark).stream().map(Event::of).toList();
    }

    private static Event readByTheAuthor(Caller caller, Long noteId, long clientId) {
        return new Event(caller.username(), caller.actingRole(), "READ_PSYCHOTHERAPY_NOTE", "PsychotherapyNote", noteId,
                clientId, "ALLOWED", "member of the client's care team");
    }

    // ------------------------------------------------------------------------------- the author

    @Test
    void theTherapistWritesNotesAndReadsTheirOwnNewestFirstEachReadAudited() {
        PsychotherapyNoteView first = as(SAM, notes -> notes.writePsychotherapyNote(alex,
                "  Alex spoke about their father for the first time.  "));
        PsychotherapyNoteView second = as(SAM, notes -> notes.writePsychotherapyNote(alex,
                "Shame came up again; we slowed down."));
        PsychotherapyNoteView onCasey = as(SAM, notes -> notes.writePsychotherapyNote(casey, "First session with Casey."));

        assertEquals(List.of(new Stored(first.id(), alex, "sam.rivera", "Alex spoke about their father for the first time."),
                new Stored(second.id(), alex, "sam.rivera", "Shame came up again; we slowed down."),
                new Stored(onCasey.id(), casey, "sam.rivera", "First session with Casey.")), stored());

        long mark = database.lastAuditEventId();
        List<PsychotherapyNoteView> mine = as(SAM, notes -> notes.myPsychotherapyNotes(alex));
        PsychotherapyNoteView read = as(SAM, notes -> notes.psychotherapyNote(first.id()));

        assertEquals(List.of(second.id(), first.id()), mine.stream().map(PsychotherapyNoteView::id).toList(),
                "Alex's notes only, newest first");
        assertEquals("Alex spoke about their father for the first time.", read.body());
        assertEquals(alex, read.clientId());
        assertEquals(List.of(readByTheAuthor(SAM, null, alex), readByTheAuthor(SAM, first.id(), alex)), eventsAfter(mark),
                "every read audited, with the note read by its number");
    }

    @Test
    void eachTherapistListsOnlyTheNotesTheyWrote() {
        PsychotherapyNoteView sams = as(SAM, notes -> notes.writePsychotherapyNote(alex, "Sam's session note."));
        PsychotherapyNoteView tess = as(TESS, notes -> notes.writePsychotherapyNote(alex, "Tess's group session note."));
        PsychotherapyNoteView noors = as(NOOR, notes -> notes.writePsychotherapyNote(blake, "Noor's note on Blake."));

        assertEquals(List.of(sams.id()), as(SAM, notes -> notes.myPsychotherapyNotes(alex)).stream()
                .map(PsychotherapyNoteView::id).toList());
        assertEquals(List.of(tess.id()), as(TESS, notes -> notes.myPsychotherapyNotes(alex)).stream()
                .map(PsychotherapyNoteView::id).toList());
        assertEquals(List.of(noors.id()), as(NOOR, notes -> notes.myPsychotherapyNotes(blake)).stream()
                .map(PsychotherapyNoteView::id).toList());
        assertEquals(List.of(), as(SAM, notes -> notes.myPsychotherapyNotes(casey)), "none of Sam's on Casey");
    }

    // ------------------------------------------------------------------------------ everyone else

    static Stream<Arguments> everyoneButTheAuthor() {
        String notOnTheTeam = "not on this client's care team";
        String noClinicalRole = "role may not see clinical content";
        return Stream.of(
                arguments(TESS, "another therapist on the same team", "read by its author only"),
                arguments(PRIYA, "the psychiatrist on the team", "not for psychiatry to do"),
                arguments(LENA, "primary care on the team", "not for primary care to do"),
                arguments(MARIA, "the care manager leading the team", "not for care management to do"),
                arguments(NOOR, "a therapist of another team, who left this one yesterday", notOnTheTeam),
                arguments(OMAR, "a psychiatrist not on the team", notOnTheTeam),
                arguments(KWAME, "primary care not on the team", notOnTheTeam),
                arguments(JON, "a care manager not on the team", notOnTheTeam),
                arguments(ALEX_PORTAL, "the client the note is about", "the care team does this"),
                arguments(BLAKE_PORTAL, "another client", "another client's plan"),
                arguments(Accounts.signedIn("sam.rivera", Role.CLIENT), "the author, signed in as a client", "another client's plan"),
                arguments(Accounts.signedIn("sam.rivera", Role.CLINIC_ADMIN), "the author, signed in as clinic IT", noClinicalRole),
                arguments(ROBIN_IT, "clinic IT", noClinicalRole),
                arguments(Accounts.signedIn("maria.gomez", Role.CLINIC_ADMIN), "the team's lead, signed in as clinic IT",
                        noClinicalRole),
                arguments(NOBODY, "someone with no Alliance role", noClinicalRole));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("everyoneButTheAuthor")
    void nobodyButItsAuthorReadsAPsychotherapyNoteAndEveryAttemptIsAudited(Caller caller, String who, String reason) {
        PsychotherapyNoteView note = as(SAM, notes -> notes.writePsychotherapyNote(alex, "Alex spoke about their father."));
        long mark = database.lastAuditEventId();

        AccessRefused refused = assertThrows(AccessRefused.class, () -> as(caller, notes -> notes.psychotherapyNote(note.id())));

        assertEquals(REFUSED + reason + ".", refused.getMessage());
        assertFalse(refused.getMessage().contains("father"), "the refusal does not quote the note");
        assertEquals(List.of(new Event(caller.username(), caller.actingRole(), "READ_PSYCHOTHERAPY_NOTE", "PsychotherapyNote",
                note.id(), alex, "REFUSED", reason)), eventsAfter(mark), who + ": the attempt audited");
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("everyoneButTheAuthor")
    void nobodyButATherapistOnTheTeamListsPsychotherapyNotesAndAnotherTherapistListsNoneOfTheAuthors(Caller caller,
            String who, String reason) {
        as(SAM, notes -> notes.writePsychotherapyNote(alex, "Alex spoke about their father."));
        long mark = database.lastAuditEventId();

        if (caller == TESS) {
            assertEquals(List.of(), as(TESS, notes -> notes.myPsychotherapyNotes(alex)), "Tess wrote none");
            assertEquals(List.of(readByTheAuthor(TESS, null, alex)), eventsAfter(mark));
            return;
        }
        AccessRefused refused = assertThrows(AccessRefused.class, () -> as(caller, notes -> notes.myPsychotherapyNotes(alex)));

        assertEquals(REFUSED + reason + ".", refused.getMessage());
        assertEquals(List.of(new Event(caller.username(), caller.actingRole(), "READ_PSYCHOTHERAPY_NOTE", "PsychotherapyNote",
                null, alex, "REFUSED", reason)), eventsAfter(mark), who + ": the attempt audited");
    }

    /**
     * Noor wrote a note while on Alex's team and left it yesterday. Reading a psychotherapy note
     * needs a place on the client's team today, as every operation on a plan does: her note stays on
     * record, and she no longer reads it.
     */
    @Test
    void aTherapistWhoLeftTheTeamNoLongerReadsTheNotesTheyWroteOnIt() {
        PsychotherapyNoteView written = writtenOn(LocalDate.of(2026, 1, 12), NOOR, alex, "Noor's note from January.");
        assertEquals(List.of(new Stored(written.id(), alex, "noor.ali", "Noor's note from January.")), stored(),
                "written while on the team");
        long mark = database.lastAuditEventId();

        AccessRefused byNumber = assertThrows(AccessRefused.class, () -> as(NOOR, notes -> notes.psychotherapyNote(written.id())));
        AccessRefused listed = assertThrows(AccessRefused.class, () -> as(NOOR, notes -> notes.myPsychotherapyNotes(alex)));
        List<PsychotherapyNoteView> onBlake = as(NOOR, notes -> notes.myPsychotherapyNotes(blake));

        assertEquals(REFUSED + "not on this client's care team.", byNumber.getMessage());
        assertEquals(REFUSED + "not on this client's care team.", listed.getMessage());
        assertEquals(List.of(), onBlake, "not listed under the client whose team she is still on");
        assertEquals(List.of(
                new Event("noor.ali", "therapist", "READ_PSYCHOTHERAPY_NOTE", "PsychotherapyNote", written.id(), alex,
                        "REFUSED", "not on this client's care team"),
                new Event("noor.ali", "therapist", "READ_PSYCHOTHERAPY_NOTE", "PsychotherapyNote", null, alex,
                        "REFUSED", "not on this client's care team"),
                readByTheAuthor(NOOR, null, blake)), eventsAfter(mark));
        assertEquals(1, stored().size(), "the note stays on record");
    }

    @Test
    void aNoteThatDoesNotExistIsAuditedAndNotFound() {
        long mark = database.lastAuditEventId();

        NotFound notFound = assertThrows(NotFound.class, () -> as(SAM, notes -> notes.psychotherapyNote(4242)));

        assertEquals("There is no psychotherapy note with this number.", notFound.getMessage());
        assertEquals(List.of(new Event("sam.rivera", "therapist", "READ_PSYCHOTHERAPY_NOTE", "PsychotherapyNote", 4242L,
                null, "REFUSED", "no such record")), eventsAfter(mark));
    }

    // ------------------------------------------------------------------------ kept apart

    @Test
    void theTeamsNotesNeverShowAPsychotherapyNote() {
        String privateWords = "Spoke of what happened at school, kept between us";
        as(SAM, notes -> notes.writePsychotherapyNote(alex, privateWords));
        NoteView forTheTeam = as(SAM, notes -> notes.write(alex, null, Visibility.CARE_TEAM, "Therapy is going well."));
        NoteView forAlex = as(SAM, notes -> notes.write(alex, null, Visibility.CLIENT_VISIBLE, "See you Thursday."));

        assertAll(Stream.of(SAM, TESS, PRIYA, LENA, MARIA).map(reader -> () -> {
            List<NoteView> read = as(reader, notes -> notes.notesOf(alex));
            assertEquals(List.of(forAlex.id(), forTheTeam.id()), read.stream().map(NoteView::id).toList(),
                    reader.username() + " reads the team's notes only");
            assertFalse(read.stream().anyMatch(note -> note.body().contains("school")), "no word of the psychotherapy note");
        }));
        List<NoteView> alexReads = as(ALEX_PORTAL, notes -> notes.notesOf(alex));
        assertEquals(List.of(forAlex.id()), alexReads.stream().map(NoteView::id).toList());
        assertEquals(0L, (long) database.query("select count(*) from team_note where body like '%school%'", row -> {
            row.next();
            return row.getLong(1);
        }), "not copied among the team's notes");
    }

    // ------------------------------------------------------------------------------ bad input

    @ParameterizedTest(name = "body \"{0}\"")
    @ValueSource(strings = {"", "   ", "<script>alert('x')</script>", "Call <a href=x>here</a>", "Tom &amp; Jerry"})
    void aNoteWithoutWordsOrWithMarkupIsRefusedAndNothingStored(String body) {
        assertThrows(IllegalArgumentException.class, () -> as(SAM, notes -> notes.writePsychotherapyNote(alex, body)));
        assertEquals(List.of(), stored());
    }

    @Test
    void aNoteLongerThanTheLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> as(SAM, notes -> notes.writePsychotherapyNote(alex, null)));
        assertThrows(IllegalArgumentException.class, () -> as(SAM, notes -> notes.writePsychotherapyNote(alex,
                "x".repeat(PsychotherapyNote.BODY_LENGTH + 1))));
        assertEquals(List.of(), stored());

        as(SAM, notes -> notes.writePsychotherapyNote(alex, "x".repeat(PsychotherapyNote.BODY_LENGTH)));
        assertEquals(1, stored().size(), "exactly the limit is kept");
    }
}
