package care.alliance.note;

import care.alliance.access.CarePlanAccess;
import care.alliance.access.PlanAccess;
import care.alliance.access.PlanOperation;
import care.alliance.access.ServiceWords;
import care.alliance.goal.Goals;
import care.alliance.goal.Party;
import care.alliance.rules.ChangeRefused;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The team's notes on a client's plan and goals, and a therapist's psychotherapy notes. The team
 * reads the team notes; the client reads only those written for them as well. A psychotherapy
 * note is read by its author alone, and every attempt to read one is audited.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class NoteService {

    @Inject
    TeamNotes notes;

    @Inject
    PsychotherapyNotes psychotherapyNotes;

    @Inject
    Goals goals;

    @Inject
    CarePlanAccess access;

    private static final String PSYCHOTHERAPY_NOTE = "PsychotherapyNote";

    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));

    public NoteView write(long clientId, Long goalId, Visibility visibility, String body) {
        PlanAccess allowed = access.require(clientId, PlanOperation.WRITE_NOTE, "TeamNote", null);
        if (goalId != null && goals.find(goalId).filter(goal -> goal.clientId() == clientId).isEmpty()) {
            throw new ChangeRefused(ServiceWords.say("note.goalOfThisPlanOnly"));
        }
        TeamNote note = new TeamNote(clientId, goalId, access.caller().username(), allowed.party(), visibility, body,
                clock.instant());
        notes.add(note);
        notes.flush();
        return NoteView.of(note);
    }

    /** The notes the signed-in person may read: all for the team, the client-visible ones for the client. */
    public List<NoteView> notesOf(long clientId) {
        PlanAccess allowed = access.require(clientId, PlanOperation.VIEW_PLAN, "TeamNote", null);
        boolean client = allowed.party() == Party.CLIENT;
        return notes.ofClient(clientId).stream()
                .filter(note -> !client || note.isVisibleToClient())
                .map(NoteView::of)
                .toList();
    }

    public PsychotherapyNoteView writePsychotherapyNote(long clientId, String body) {
        access.require(clientId, PlanOperation.WRITE_PSYCHOTHERAPY_NOTE, PSYCHOTHERAPY_NOTE, null);
        PsychotherapyNote note = new PsychotherapyNote(clientId, access.caller().accountId(), access.caller().username(), body,
                clock.instant());
        psychotherapyNotes.add(note);
        psychotherapyNotes.flush();
        return PsychotherapyNoteView.of(note);
    }

    /** The psychotherapy notes the signed-in therapist wrote about the client; nobody else's. */
    public List<PsychotherapyNoteView> myPsychotherapyNotes(long clientId) {
        access.require(clientId, PlanOperation.READ_PSYCHOTHERAPY_NOTE, PSYCHOTHERAPY_NOTE, null);
        return psychotherapyNotes.byAuthor(clientId, access.caller().accountId()).stream()
                .map(PsychotherapyNoteView::of)
                .toList();
    }

    /** One psychotherapy note, for its author; anyone else is refused, and the attempt audited. */
    public PsychotherapyNoteView psychotherapyNote(long noteId) {
        PsychotherapyNote note = access.found(psychotherapyNotes.find(noteId), PlanOperation.READ_PSYCHOTHERAPY_NOTE,
                PSYCHOTHERAPY_NOTE, noteId);
        access.requireAuthor(note.clientId(), PlanOperation.READ_PSYCHOTHERAPY_NOTE, PSYCHOTHERAPY_NOTE, noteId,
                note.authorAccountId());
        return PsychotherapyNoteView.of(note);
    }
}
