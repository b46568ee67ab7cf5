package care.alliance.web.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.note.NoteService;
import care.alliance.note.PsychotherapyNoteView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The therapist's private section reads their notes, except under an emergency access, where it is not shown. */
class PsychotherapyNotesSectionTest {

    private final List<Long> asked = new ArrayList<>();

    private PsychotherapyNotesSection section() {
        PsychotherapyNotesSection section = new PsychotherapyNotesSection();
        section.noteService = new NoteService() {
            @Override
            public List<PsychotherapyNoteView> myPsychotherapyNotes(long clientId) {
                asked.add(clientId);
                return List.of();
            }
        };
        return section;
    }

    @Test
    void onTheTeamTheTherapistsOwnNotesAreRead() {
        PsychotherapyNotesSection section = section();

        section.load(7, false);

        assertEquals(List.of(7L), asked);
        assertTrue(section.getNotes().isEmpty());
    }

    @Test
    void underAnEmergencyAccessNoNoteIsAskedFor() {
        PsychotherapyNotesSection section = section();

        section.load(7, true);

        assertEquals(List.of(), asked);
        assertTrue(section.getNotes().isEmpty());
        assertEquals(List.of(), asked, "not even when the page asks for the notes");
    }
}
