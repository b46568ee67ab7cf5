package care.alliance.note;

import java.util.List;

/** Where team notes are kept. */
public interface TeamNotes {

    /** The notes on the client's plan and goals, newest first. */
    List<TeamNote> ofClient(long clientId);

    void add(TeamNote note);

    void flush();
}
