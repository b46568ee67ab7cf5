package care.alliance.fhir;

import care.alliance.access.CarePlanAccess;
import care.alliance.access.PlanOperation;
import care.alliance.careplan.CarePlanService;
import care.alliance.client.PreferencesService;
import care.alliance.goal.GoalService;
import care.alliance.goal.Party;
import care.alliance.measure.MeasureService;
import care.alliance.note.NoteService;
import care.alliance.note.Visibility;
import care.alliance.task.TaskService;
import care.alliance.team.CareTeamService;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;

/**
 * A client's plan as a FHIR R4 Bundle, for the client (their right of access) and for the
 * clinicians of their team. The export is an operation of its own, refused or allowed by the
 * policy and audited; then every part is read through the service the pages read it from, so
 * the export shows no more than the caller may see there: the client reads no clinical summaries
 * nor framing and their own scores only, a withheld goal stays out. Psychotherapy notes are never
 * read, and of the team notes only those written for the client to read are exported: the team's
 * own notes stay in Alliance.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class FhirExport {

    @Inject
    CarePlanAccess access;

    @Inject
    CareTeamService careTeams;

    @Inject
    PreferencesService preferences;

    @Inject
    CarePlanService plans;

    @Inject
    GoalService goals;

    @Inject
    TaskService tasks;

    @Inject
    NoteService notes;

    @Inject
    MeasureService measures;

    Clock clock = Clock.systemUTC();

    /** The client's plan, each entry's full URL under {@code base}, the FHIR endpoint's address. */
    public Bundle planOf(long clientId, String base) {
        Party party = access.require(clientId, PlanOperation.EXPORT_PLAN, "CarePlan", null).party();
        boolean team = Party.isTeam(party);
        ReadablePlan readable = new ReadablePlan(careTeams.careTeamOf(clientId), preferences.preferencesOf(clientId),
                plans.planOf(clientId), goals.goalsOf(clientId), tasks.tasksOf(clientId),
                notes.notesOf(clientId).stream().filter(note -> note.visibility() == Visibility.CLIENT_VISIBLE).toList(),
                team ? measures.measuresOf(clientId).results() : List.of(),
                team ? List.of() : measures.myScores(clientId),
                clock.instant());
        return PlanAsFhir.bundle(readable, base);
    }
}
