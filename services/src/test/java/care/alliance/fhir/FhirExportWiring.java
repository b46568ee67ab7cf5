package care.alliance.fhir;

import care.alliance.access.Caller;
import care.alliance.access.CarePlanAccess;
import care.alliance.careplan.CarePlanServiceWiring;
import care.alliance.careplan.JpaCarePlans;
import care.alliance.client.JpaClients;
import care.alliance.client.PreferencesServiceWiring;
import care.alliance.emergency.JpaEmergencyAccesses;
import care.alliance.goal.GoalServiceWiring;
import care.alliance.goal.JpaGoals;
import care.alliance.measure.JpaMeasures;
import care.alliance.measure.MeasureServiceWiring;
import care.alliance.measure.TreatToTarget;
import care.alliance.note.JpaPsychotherapyNotes;
import care.alliance.note.JpaTeamNotes;
import care.alliance.note.NoteService;
import care.alliance.note.NoteServiceWiring;
import care.alliance.task.JpaTasks;
import care.alliance.task.TaskServiceWiring;
import care.alliance.team.CareTeamServiceWiring;
import care.alliance.team.CaseloadRows;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.FixedCaller;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/**
 * Wires a {@link FhirExport} by hand, as the container injects it, with the plan's services it
 * reads through, all for one signed-in caller; "today" (who is on a team) follows {@code clock}.
 */
public final class FhirExportWiring {

    private FhirExportWiring() {
    }

    /** The note service for the caller, "today" following {@code clock}; for writing what must never be exported. */
    public static NoteService noteService(ClinicDatabase database, Caller caller, Clock clock) {
        EntityManager entityManager = database.entityManager();
        CarePlanAccess access = database.carePlanAccess(caller, clock);
        return NoteServiceWiring.wire(new JpaTeamNotes(entityManager), new JpaPsychotherapyNotes(entityManager),
                new JpaGoals(entityManager), access, clock);
    }

    public static FhirExport wire(ClinicDatabase database, Caller caller, Clock clock) {
        EntityManager entityManager = database.entityManager();
        FixedCaller signedIn = new FixedCaller(caller);
        CarePlanAccess access = database.carePlanAccess(caller, clock);
        FhirExport export = new FhirExport();
        export.access = access;
        export.careTeams = CareTeamServiceWiring.wire(database.careTeams(), new JpaGoals(entityManager),
                new CaseloadRows(entityManager), signedIn, database.auditTrail(), new JpaEmergencyAccesses(entityManager), clock);
        export.preferences = PreferencesServiceWiring.wire(new JpaClients(entityManager), access, signedIn, clock);
        export.plans = CarePlanServiceWiring.wire(new JpaCarePlans(entityManager), access, clock);
        export.goals = GoalServiceWiring.wire(new JpaGoals(entityManager), access, clock, new JpaMeasures(entityManager));
        export.tasks = TaskServiceWiring.wire(new JpaTasks(entityManager), new JpaGoals(entityManager), access, clock);
        export.notes = NoteServiceWiring.wire(new JpaTeamNotes(entityManager), new JpaPsychotherapyNotes(entityManager),
                new JpaGoals(entityManager), access, clock);
        export.measures = MeasureServiceWiring.wire(new JpaMeasures(entityManager), database.careTeams(),
                access, signedIn, database.auditTrail(), TreatToTarget.STANDARD, clock);
        export.clock = clock;
        return export;
    }
}
