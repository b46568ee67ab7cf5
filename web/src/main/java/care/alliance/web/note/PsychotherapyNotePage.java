package care.alliance.web.note;

import care.alliance.note.NoteService;
import care.alliance.note.PsychotherapyNoteView;
import care.alliance.web.layout.RecordNumber;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One psychotherapy note by its number. Open to every signed-in role on purpose: the service alone
 * decides, refuses everyone but the author and audits each attempt.
 */
@Named
@RequestScoped
public class PsychotherapyNotePage {

    @Inject
    NoteService noteService;

    private String note;
    private PsychotherapyNoteView read;

    public void load() {
        read = noteService.psychotherapyNote(RecordNumber.parse(note));
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public PsychotherapyNoteView getRead() {
        return read;
    }
}
