package care.alliance.note;

import care.alliance.access.CarePlanAccess;
import care.alliance.access.PlanAccess;
import care.alliance.access.PlanOperation;
import care.alliance.access.ServiceWords;
import care.alliance.goal.GoalChangeRefused;
import care.alliance.goal.Goals;
import care.alliance.goal.Party;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The team's notes on a client's plan and goals. The team reads them all; the client reads only
 * those written for them as well. Team notes never reach the portal.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class NoteService {

    @Inject
    TeamNotes notes;

    @Inject
    Goals goals;

    @Inject
    CarePlanAccess access;

    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));

    public NoteView write(long clientId, Long goalId, Visibility visibility, String body) {
        PlanAccess allowed = access.require(clientId, PlanOperation.WRITE_NOTE, "TeamNote", null);
        if (goalId != null && goals.find(goalId).filter(goal -> goal.clientId() == clientId).isEmpty()) {
            throw new GoalChangeRefused(ServiceWords.say("note.goalOfThisPlanOnly"));
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
}
