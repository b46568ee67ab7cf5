package care.alliance.note;

import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.BLAKE_PORTAL;
import static care.alliance.team.SmallClinic.LENA;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.team.SmallClinic.Person.ALEX;
import static care.alliance.team.SmallClinic.Person.BLAKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.goal.GoalView;
import care.alliance.goal.Party;
import care.alliance.rules.ChangeRefused;
import care.alliance.team.SmallClinic;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.PlanGoals;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The team's notes through {@link NoteService}, with real persistence; what a call stored is read
 * back through plain JDBC.
 */
class NoteServiceTest {

    private ClinicDatabase database;
    private PlanGoals goals;
    private long alex;
    private long blake;

    @BeforeEach
    void openTheClinic() {
        database = ClinicDatabase.migrated();
        goals = new PlanGoals(database);
        SmallClinic clinic = SmallClinic.openIn(database);
        alex = clinic.clientId(ALEX);
        blake = clinic.clientId(BLAKE);
    }

    @AfterEach
    void closeTheClinic() {
        database.close();
    }

    private <T> T as(Caller caller, Function<NoteService, T> call) {
        NoteService service = database.noteService(caller);
        return database.call(() -> call.apply(service));
    }

    /** A note's row, as stored, without its time. */
    record Stored(long clientId, Long goalId, String author, String authorParty, String visibility, String body) {
    }

    private List<Stored> stored() {
        return database.query("select client_id, goal_id, author, author_party, visibility, body from team_note"
                + " order by id", row -> {
                    List<Stored> all = new ArrayList<>();
                    while (row.next()) {
                        all.add(new Stored(row.getLong(1), row.getObject(2, Long.class), row.getString(3),
                                row.getString(4), row.getString(5), row.getString(6)));
                    }
                    return all;
                });
    }

    @Test
    void theTeamWritesNotesForItselfAndForTheClientAndTheClientReadsOnlyTheirs() {
        GoalView goal = goals.agreedWithCareManagement(MARIA, ALEX_PORTAL, alex);

        NoteView forTheTeam = as(PRIYA, notes -> notes.write(alex, null, Visibility.CARE_TEAM,
                "Consider sertraline review at next visit."));
        NoteView forTheClient = as(SAM, notes -> notes.write(alex, goal.id(), Visibility.CLIENT_VISIBLE,
                "  Great to hear about the walks this week!  "));
        NoteView another = as(MARIA, notes -> notes.write(alex, goal.id(), Visibility.CARE_TEAM,
                "Housing letter sent."));

        assertEquals(List.of(
                new Stored(alex, null, "priya.patel", "PSYCHIATRY", "CARE_TEAM", "Consider sertraline review at next visit."),
                new Stored(alex, goal.id(), "sam.rivera", "PSYCHOTHERAPY", "CLIENT_VISIBLE",
                        "Great to hear about the walks this week!"),
                new Stored(alex, goal.id(), "maria.gomez", "CARE_MANAGEMENT", "CARE_TEAM", "Housing letter sent.")),
                stored());
        assertEquals(Party.PSYCHOTHERAPY, forTheClient.authorParty());

        List<NoteView> teamReads = as(LENA, notes -> notes.notesOf(alex));
        assertEquals(List.of(another.id(), forTheClient.id(), forTheTeam.id()),
                teamReads.stream().map(NoteView::id).toList(), "all of them, newest first");

        List<NoteView> clientReads = as(ALEX_PORTAL, notes -> notes.notesOf(alex));
        assertEquals(List.of(forTheClient.id()), clientReads.stream().map(NoteView::id).toList(),
                "only the client-visible note");
        assertEquals("Great to hear about the walks this week!", clientReads.get(0).body());
        assertEquals(Visibility.CLIENT_VISIBLE, clientReads.get(0).visibility());
    }

    @Test
    void theNotesOfOneClientAreNotListedForAnother() {
        as(MARIA, notes -> notes.write(blake, null, Visibility.CLIENT_VISIBLE, "Blake: see you Tuesday."));
        NoteView alexs = as(MARIA, notes -> notes.write(alex, null, Visibility.CLIENT_VISIBLE, "Alex: see you Monday."));
        assertEquals(List.of(alexs.id()), as(ALEX_PORTAL, notes -> notes.notesOf(alex)).stream().map(NoteView::id).toList());
        assertEquals(List.of(alexs.id()), as(SAM, notes -> notes.notesOf(alex)).stream().map(NoteView::id).toList());
    }

    @Test
    void aNoteIsLinkedOnlyToAGoalOfTheSameClient() {
        GoalView blakes = goals.agreedWithCareManagement(MARIA, BLAKE_PORTAL, blake);

        assertThrows(ChangeRefused.class,
                () -> as(MARIA, notes -> notes.write(alex, blakes.id(), Visibility.CARE_TEAM, "Linked to Blake's goal")));
        assertThrows(ChangeRefused.class,
                () -> as(MARIA, notes -> notes.write(alex, blakes.id() + 1000, Visibility.CARE_TEAM, "No such goal")));
        assertEquals(List.of(), stored(), "nothing stored");
    }

    @ParameterizedTest(name = "body \"{0}\"")
    @ValueSource(strings = {"", "   ", "<script>alert('x')</script>", "Call <a href=x>here</a>", "Tom &amp; Jerry"})
    void aNoteWithoutWordsOrWithMarkupIsRefused(String body) {
        assertThrows(IllegalArgumentException.class, () -> as(SAM, notes -> notes.write(alex, null, Visibility.CARE_TEAM, body)));
        assertEquals(List.of(), stored());
    }

    @Test
    void aNoteWithoutABodyOrVisibilityIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> as(SAM, notes -> notes.write(alex, null, Visibility.CARE_TEAM, null)));
        assertThrows(IllegalArgumentException.class, () -> as(SAM, notes -> notes.write(alex, null, null, "Who reads this?")));
        assertEquals(List.of(), stored());
    }

    @Test
    void aNoteLongerThanTheLimitIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> as(SAM, notes -> notes.write(alex, null, Visibility.CARE_TEAM, "x".repeat(TeamNote.BODY_LENGTH + 1))));
        as(SAM, notes -> notes.write(alex, null, Visibility.CARE_TEAM, "x".repeat(TeamNote.BODY_LENGTH)));
        assertEquals(1, stored().size());
    }

    @Test
    void theClientDoesNotWriteTeamNotes() {
        assertThrows(AccessRefused.class,
                () -> as(ALEX_PORTAL, notes -> notes.write(alex, null, Visibility.CLIENT_VISIBLE, "My own note")));
        assertEquals(List.of(), stored());
    }
}
