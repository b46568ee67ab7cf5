package care.alliance.note;

import java.io.Serializable;
import java.time.Instant;

/** A psychotherapy note as its author reads it. */
public record PsychotherapyNoteView(long id, long clientId, String body, Instant writtenAt) implements Serializable {

    static PsychotherapyNoteView of(PsychotherapyNote note) {
        return new PsychotherapyNoteView(note.id(), note.clientId(), note.body(), note.writtenAt());
    }
}
