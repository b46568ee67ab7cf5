package care.alliance.note;

import java.util.List;
import java.util.Optional;

/** Where psychotherapy notes are kept, apart from the team's notes. */
public interface PsychotherapyNotes {

    Optional<PsychotherapyNote> find(long noteId);

    /** The notes this author wrote about the client, newest first. */
    List<PsychotherapyNote> byAuthor(long clientId, String authorAccountId);

    void add(PsychotherapyNote note);

    void flush();
}
