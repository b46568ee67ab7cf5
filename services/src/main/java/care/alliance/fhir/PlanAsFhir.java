package care.alliance.fhir;

import care.alliance.careplan.CarePlanView;
import care.alliance.goal.GoalView;
import care.alliance.note.NoteView;
import care.alliance.task.Frequency;
import care.alliance.task.TaskView;
import care.alliance.team.TeamMemberView;
import care.alliance.team.TeamRole;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Timing;

/**
 * A client's plan, as the caller may read it, as one FHIR R4 Bundle of type collection: the Patient,
 * their CareTeam, the CarePlan with its tasks as activities, each Goal with the Provenance of its
 * agreement, and the measures. Every resource has a stable id and is referred to inside the Bundle.
 */
public final class PlanAsFhir {

    private PlanAsFhir() {
    }

    /** The Bundle, each entry's full URL under {@code base} (the FHIR endpoint, without a trailing slash). */
    public static Bundle bundle(ReadablePlan readable, String base) {
        String name = readable.team().clientName();
        long clientId = readable.clientId();
        List<Resource> resources = new ArrayList<>();
        resources.add(patient(readable));
        resources.add(careTeam(readable));
        resources.add(carePlan(readable));
        for (GoalView goal : readable.goals()) {
            resources.add(GoalAsFhir.goal(goal, name));
            GoalAsFhir.agreement(goal, name).ifPresent(resources::add);
        }
        readable.measures().forEach(result -> resources.addAll(MeasuresAsFhir.of(result, name)));
        for (int i = 0; i < readable.scores().size(); i++) {
            resources.add(MeasuresAsFhir.of(readable.scores().get(i), i + 1, clientId, name));
        }

        Bundle bundle = new Bundle();
        bundle.setId("plan-" + clientId);
        Date exportedAt = Date.from(readable.exportedAt());
        bundle.getMeta().setLastUpdated(exportedAt);
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(exportedAt);
        for (Resource resource : resources) {
            String type = resource.fhirType();
            bundle.addEntry().setFullUrl(base + "/" + type + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource);
        }
        return bundle;
    }

    static Patient patient(ReadablePlan readable) {
        Patient patient = new Patient();
        patient.setId(FhirIds.patient(readable.clientId()));
        patient.setActive(true);
        patient.addName(new HumanName().setUse(HumanName.NameUse.OFFICIAL).setText(readable.team().clientName()));
        if (readable.client() != null) {
            if (readable.client().preferredName() != null && !readable.client().preferredName().isBlank()) {
                patient.addName(new HumanName().setUse(HumanName.NameUse.USUAL).setText(readable.client().preferredName())
                        .addGiven(readable.client().preferredName()));
            }
            if (readable.client().language() != null) {
                patient.addCommunication().setPreferred(true).setLanguage(new CodeableConcept(
                        new Coding("urn:ietf:bcp:47", readable.client().language().tag(), null)));
            }
        }
        return patient;
    }

    static CareTeam careTeam(ReadablePlan readable) {
        CareTeam team = new CareTeam();
        team.setId(FhirIds.careTeam(readable.team().teamId()));
        team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
        team.setName("Care team of " + readable.team().clientName());
        team.setSubject(FhirIds.patientReference(readable.clientId(), readable.team().clientName()));
        for (TeamMemberView member : readable.team().members()) {
            CareTeam.CareTeamParticipantComponent participant = team.addParticipant();
            CodeableConcept role = new CodeableConcept(new Coding(FhirIds.DISCIPLINE_SYSTEM,
                    FhirIds.code(member.discipline()), FhirIds.discipline(member.discipline())));
            role.setText(FhirIds.discipline(member.discipline()) + (member.teamRole() == TeamRole.LEAD ? ", team lead" : ""));
            participant.addRole(role);
            participant.setMember(new Reference().setDisplay(member.name()));
            if (member.since() != null) {
                participant.setPeriod(new Period().setStartElement(new DateTimeType(member.since().toString())));
            }
        }
        return team;
    }

    static CarePlan carePlan(ReadablePlan readable) {
        CarePlanView view = readable.plan();
        CarePlan plan = new CarePlan();
        plan.setId(FhirIds.carePlan(readable.clientId()));
        if (view.version() >= 0) {
            plan.getMeta().setVersionId(Long.toString(view.version()));
        }
        plan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setTitle("Care plan of " + readable.team().clientName());
        plan.setSubject(FhirIds.patientReference(readable.clientId(), readable.team().clientName()));
        plan.addCareTeam(new Reference("CareTeam/" + FhirIds.careTeam(readable.team().teamId())));
        List<String> concerns = view.concerns().stream().map(CarePlanView.ConcernView::clientWords).toList();
        if (!concerns.isEmpty()) {
            plan.setDescription("In the client's words: " + String.join("; ", concerns));
        }
        view.concerns().stream().filter(concern -> concern.clinicalSummary() != null && !concern.clinicalSummary().isBlank())
                .forEach(concern -> plan.addNote(new Annotation().setText("Concern \"" + concern.clientWords()
                        + "\", clinical summary: " + concern.clinicalSummary())));
        view.strengths().forEach(strength -> plan.addNote(new Annotation().setText("Strength: " + strength)));
        if (view.nextReviewOn() != null) {
            plan.addNote(new Annotation().setText("Next review on " + view.nextReviewOn()));
        }
        for (NoteView note : readable.notes()) {
            plan.addNote(new Annotation().setAuthor(new StringType(note.author()))
                    .setTimeElement(new DateTimeType(Date.from(note.writtenAt()))).setText(note.body()));
        }
        readable.goals().forEach(goal -> plan.addGoal(FhirIds.goalReference(goal.id())));
        readable.tasks().forEach(task -> plan.addActivity().setDetail(activity(task, plan.getSubject())));
        return plan;
    }

    private static CarePlan.CarePlanActivityDetailComponent activity(TaskView task, Reference client) {
        CarePlan.CarePlanActivityDetailComponent detail = new CarePlan.CarePlanActivityDetailComponent();
        detail.setStatus(switch (task.status()) {
            case OPEN -> CarePlan.CarePlanActivityStatus.NOTSTARTED;
            case DONE -> CarePlan.CarePlanActivityStatus.COMPLETED;
            case DROPPED -> CarePlan.CarePlanActivityStatus.CANCELLED;
        });
        detail.setDescription(task.description());
        detail.addGoal(FhirIds.goalReference(task.goalId()));
        if (task.frequency() != null) {
            detail.setScheduled(timing(task.frequency()));
        } else if (task.dueOn() != null) {
            detail.setScheduled(new Period().setEndElement(new DateTimeType(task.dueOn().toString())));
        }
        if (task.isForClient()) {
            detail.addPerformer(client.copy());
        } else {
            detail.addPerformer(new Reference().setDisplay(task.assigneeUsername() != null ? task.assigneeUsername()
                    : FhirIds.party(task.assigneeParty())));
        }
        return detail;
    }

    private static Timing timing(Frequency frequency) {
        Timing.TimingRepeatComponent repeat = new Timing.TimingRepeatComponent();
        switch (frequency) {
            case DAILY -> repeat.setFrequency(1).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
            case SEVERAL_TIMES_A_WEEK -> repeat.setFrequency(3).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.WK);
            case WEEKLY -> repeat.setFrequency(1).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.WK);
            case FORTNIGHTLY -> repeat.setFrequency(1).setPeriod(2).setPeriodUnit(Timing.UnitsOfTime.WK);
            case MONTHLY -> repeat.setFrequency(1).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.MO);
        }
        return new Timing().setRepeat(repeat);
    }
}
