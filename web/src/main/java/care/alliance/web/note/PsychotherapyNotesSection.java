package care.alliance.web.note;

import care.alliance.note.NoteService;
import care.alliance.note.PsychotherapyNoteView;
import care.alliance.web.forms.PageMessages;
import care.alliance.web.layout.RecordNumber;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A therapist's own psychotherapy notes on the client's plan, shown to them alone. */
@Named
@ViewScoped
public class PsychotherapyNotesSection implements Serializable {

    @Inject
    NoteService noteService;

    private long clientId;
    private List<PsychotherapyNoteView> notes;
    private String body;

    public void load(long clientId) {
        this.clientId = clientId;
        notes = noteService.myPsychotherapyNotes(clientId);
    }

    /** The plan's view action: under an emergency access the section is not shown, and no note is read. */
    public void load(long clientId, boolean inEmergencyAccess) {
        if (inEmergencyAccess) {
            this.clientId = clientId;
            notes = List.of();
        } else {
            load(clientId);
        }
    }

    public String write() {
        PsychotherapyNoteView written = PageMessages.attempt(() -> noteService.writePsychotherapyNote(clientId, body),
                "done.psychotherapyNote");
        return written == null ? null
                : "/clinician/care-plan?faces-redirect=true&client=" + clientId;
    }

    public List<PsychotherapyNoteView> getNotes() {
        if (notes == null) {
            // this bean was made anew mid-request (see RecordNumber.inAddress)
            load(RecordNumber.inAddress("client"));
        }
        return notes;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
