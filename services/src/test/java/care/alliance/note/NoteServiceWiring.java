package care.alliance.note;

import care.alliance.access.CarePlanAccess;
import care.alliance.goal.Goals;
import java.time.Clock;

/** Wires a {@link NoteService} by hand, as the container injects it. */
public final class NoteServiceWiring {

    private NoteServiceWiring() {
    }

    public static NoteService wire(TeamNotes notes, PsychotherapyNotes psychotherapyNotes, Goals goals,
            CarePlanAccess access, Clock clock) {
        NoteService service = new NoteService();
        service.notes = notes;
        service.psychotherapyNotes = psychotherapyNotes;
        service.goals = goals;
        service.access = access;
        service.clock = clock;
        return service;
    }
}
