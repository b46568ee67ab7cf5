package care.alliance.note;

import care.alliance.goal.Party;
import java.io.Serializable;
import java.time.Instant;

/** A team note as the plan and the portal show it. */
public record NoteView(long id, Long goalId, String author, Party authorParty, Visibility visibility, String body,
        Instant writtenAt) implements Serializable {

    static NoteView of(TeamNote note) {
        return new NoteView(note.id(), note.goalId(), note.author(), note.authorParty(), note.visibility(), note.body(),
                note.writtenAt());
    }
}
