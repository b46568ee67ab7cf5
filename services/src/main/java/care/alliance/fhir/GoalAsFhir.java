package care.alliance.fhir;

import care.alliance.goal.GoalStatus;
import care.alliance.goal.GoalView;
import care.alliance.goal.Party;
import care.alliance.goal.Response;
import care.alliance.goal.Target;
import care.alliance.team.Discipline;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * A goal as a FHIR Goal, in the client's words, and the agreement on its current revision as a
 * Provenance: who agreed to this wording, for which party, and when.
 */
final class GoalAsFhir {

    static final String ACHIEVEMENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/goal-achievement";
    static final String PARTICIPANT_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

    private static final Map<String, String> ACHIEVEMENT_DISPLAY = Map.of(
            "in-progress", "In Progress", "achieved", "Achieved", "not-achieved", "Not Achieved");

    private GoalAsFhir() {
    }

    static Goal goal(GoalView view, String clientName) {
        Goal goal = new Goal();
        goal.setId(FhirIds.goal(view.id()));
        goal.getMeta().setVersionId(Long.toString(view.version())).setLastUpdated(date(view.lastChangedAt()));
        goal.setLifecycleStatus(Goal.GoalLifecycleStatus.fromCode(view.status().fhirLifecycleStatus()));
        achievementStatus(view.status()).ifPresent(code -> goal.setAchievementStatus(new CodeableConcept(
                new Coding(ACHIEVEMENT_SYSTEM, code, ACHIEVEMENT_DISPLAY.get(code)))));
        goal.addCategory(new CodeableConcept().setText(lifeArea(view)));
        // The client's own words are the goal; the team's framing, where the reader sees it, is a note.
        goal.setDescription(new CodeableConcept().setText(view.clientWords()));
        Reference client = FhirIds.patientReference(view.clientId(), clientName);
        goal.setSubject(client);
        goal.setExpressedBy(client.copy());
        if (view.clinicalFraming() != null && !view.clinicalFraming().isBlank()) {
            goal.addNote(new Annotation().setText("Clinical framing: " + view.clinicalFraming()));
        }
        if (view.statusReason() != null && !view.statusReason().isBlank()) {
            goal.setStatusReason(view.statusReason());
        }
        view.owners().stream().sorted().forEach(owner -> goal.addExtension(new Extension(FhirIds.GOAL_OWNER_EXTENSION,
                new CodeableConcept(new Coding(FhirIds.DISCIPLINE_SYSTEM, FhirIds.code(owner), FhirIds.discipline(owner))))));
        if (view.target() != null) {
            goal.addTarget(target(view.target()));
        }
        return goal;
    }

    /**
     * FHIR's achievement status says how the goal is going: an agreed goal is in progress, an
     * achieved one achieved, a discontinued one not achieved; a goal still being agreed on, or
     * paused, has none yet.
     */
    static Optional<String> achievementStatus(GoalStatus status) {
        return switch (status) {
            case AGREED -> Optional.of("in-progress");
            case ACHIEVED -> Optional.of("achieved");
            case DISCONTINUED -> Optional.of("not-achieved");
            case PROPOSED, REVISED, PAUSED -> Optional.empty();
        };
    }

    private static Goal.GoalTargetComponent target(GoalView.TargetView view) {
        Goal.GoalTargetComponent target = new Goal.GoalTargetComponent();
        CodeableConcept measure = new CodeableConcept().setText(view.measure());
        if (view.instrument() != null) {
            measure.addCoding(new Coding(FhirIds.LOINC, view.instrument().totalLoinc(),
                    MeasuresAsFhir.totalDisplay(view.instrument())));
        }
        target.setMeasure(measure);
        if (view.value() != null) {
            Quantity value = new Quantity().setValue(view.value());
            if (view.direction() != null) {
                value.setComparator(view.direction() == Target.Direction.AT_MOST
                        ? Quantity.QuantityComparator.LESS_OR_EQUAL : Quantity.QuantityComparator.GREATER_OR_EQUAL);
            }
            if (view.instrument() != null) {
                value.setSystem("http://unitsofmeasure.org").setCode("{score}").setUnit("score");
            }
            target.setDetail(value);
        }
        if (view.byDate() != null) {
            target.setDue(new DateType(view.byDate().toString()));
        }
        return target;
    }

    /**
     * The agreement on the goal's current revision: one agent for each party who agreed to it, the
     * client as the Patient. Empty when nobody has agreed to this revision yet.
     */
    static Optional<Provenance> agreement(GoalView view, String clientName) {
        List<GoalView.Answer> agreed = view.answers().stream()
                .filter(answer -> answer.response() == Response.AGREE && answer.at() != null)
                .sorted(Comparator.comparing(GoalView.Answer::at))
                .toList();
        if (agreed.isEmpty()) {
            return Optional.empty();
        }
        Provenance provenance = new Provenance();
        provenance.setId(FhirIds.agreement(view.id(), view.revision()));
        provenance.addTarget(FhirIds.goalReference(view.id()));
        Instant first = agreed.get(0).at();
        Instant last = agreed.get(agreed.size() - 1).at();
        provenance.setOccurred(new Period().setStartElement(new DateTimeType(date(first)))
                .setEndElement(new DateTimeType(date(last))));
        provenance.setRecordedElement(new InstantType(date(last)));
        boolean complete = view.status() != GoalStatus.PROPOSED && view.status() != GoalStatus.REVISED;
        provenance.setActivity(new CodeableConcept().setText(complete
                ? "Goal agreed (revision " + view.revision() + ") by the client and every owning discipline"
                : "Agreement so far on revision " + view.revision() + "; waiting for "
                        + String.join(", ", view.waitingFor().stream().map(FhirIds::party).toList())));
        for (GoalView.Answer answer : agreed) {
            Provenance.ProvenanceAgentComponent agent = provenance.addAgent();
            agent.setType(new CodeableConcept(new Coding(PARTICIPANT_TYPE_SYSTEM, "attester", "Attester")));
            if (answer.party() == Party.CLIENT) {
                agent.setWho(FhirIds.patientReference(view.clientId(), clientName));
            } else {
                Discipline discipline = Discipline.valueOf(answer.party().name());
                agent.addRole(new CodeableConcept(new Coding(FhirIds.DISCIPLINE_SYSTEM, FhirIds.code(discipline),
                        FhirIds.discipline(discipline))));
                agent.setWho(new Reference().setDisplay(answer.respondent() + " for "
                        + FhirIds.discipline(discipline).toLowerCase(Locale.ROOT)));
            }
        }
        return Optional.of(provenance);
    }

    private static String lifeArea(GoalView view) {
        String area = FhirIds.code(view.lifeArea()).replace('-', ' ');
        return Character.toUpperCase(area.charAt(0)) + area.substring(1);
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
