package care.alliance.note;

import care.alliance.access.CarePlanAccess;
import care.alliance.access.PlanAccess;
import care.alliance.access.PlanOperation;
import care.alliance.access.ServiceWords;
import care.alliance.consent.ConsentInForce;
import care.alliance.consent.SensitiveLabel;
import care.alliance.goal.Goal;
import care.alliance.goal.Goals;
import care.alliance.goal.Party;
import care.alliance.rules.ChangeRefused;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** A note on the plan, or on one of its goals; a goal the client's consent keeps from the writer is refused, and audited. */
    public NoteView write(long clientId, Long goalId, Visibility visibility, String body) {
        Optional<Goal> goal = goalId == null ? Optional.empty() : goals.find(goalId).filter(g -> g.clientId() == clientId);
        if (goalId != null && goal.isEmpty()) {
            access.require(clientId, PlanOperation.WRITE_NOTE, "TeamNote", null);
            throw new ChangeRefused(ServiceWords.say("note.goalOfThisPlanOnly"));
        }
        PlanAccess allowed = goal.isPresent()
                ? access.requireOnGoal(goal.get(), PlanOperation.WRITE_NOTE, "TeamNote", null)
                : access.require(clientId, PlanOperation.WRITE_NOTE, "TeamNote", null);
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
        List<TeamNote> readable = notes.ofClient(clientId).stream()
                .filter(note -> !client || note.isVisibleToClient())
                .toList();
        // A note on a goal the client's consent keeps from the reader is withheld with the goal.
        // A reader whom the consent keeps from no label has no goal withheld: the goals' labels are then not read.
        ConsentInForce consent = access.consentOf(clientId);
        Set<Long> withheldGoals = readable.stream().anyMatch(note -> note.goalId() != null)
                && CarePlanAccess.withholds(allowed, EnumSet.allOf(SensitiveLabel.class), consent)
                ? goals.labelsOfClient(clientId).entrySet().stream()
                        .filter(labelled -> CarePlanAccess.withholds(allowed, labelled.getValue(), consent))
                        .map(Map.Entry::getKey).collect(Collectors.toSet())
                : Set.of();
        List<NoteView> shown = readable.stream()
                .filter(note -> note.goalId() == null || !withheldGoals.contains(note.goalId()))
                .map(NoteView::of)
                .toList();
        access.auditWithheld(PlanOperation.VIEW_PLAN, clientId, readable.stream().map(TeamNote::goalId)
                .filter(goalId -> goalId != null && withheldGoals.contains(goalId)).toList());
        return shown;
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
