package care.alliance.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.careplan.CarePlanView;
import care.alliance.goal.GoalStatus;
import care.alliance.goal.GoalView;
import care.alliance.goal.LifeArea;
import care.alliance.goal.Party;
import care.alliance.goal.Response;
import care.alliance.goal.Target;
import care.alliance.measure.Instrument;
import care.alliance.task.Frequency;
import care.alliance.task.TaskStatus;
import care.alliance.task.TaskView;
import care.alliance.team.CareTeamView;
import care.alliance.team.Discipline;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

/** Alliance's goals as FHIR Goals and the agreement on them as Provenance, without a container. */
class GoalAsFhirTest {

    private static final Instant MONDAY = Instant.parse("2026-03-16T10:00:00Z");

    @Test
    void eachStatusHasItsLifecycleAndAchievementStatus() {
        Map<GoalStatus, String> lifecycle = Map.of(GoalStatus.PROPOSED, "proposed", GoalStatus.AGREED, "active",
                GoalStatus.REVISED, "proposed", GoalStatus.PAUSED, "on-hold", GoalStatus.ACHIEVED, "completed",
                GoalStatus.DISCONTINUED, "cancelled");
        Map<GoalStatus, String> achievement = Map.of(GoalStatus.AGREED, "in-progress", GoalStatus.ACHIEVED, "achieved",
                GoalStatus.DISCONTINUED, "not-achieved");
        for (GoalStatus status : GoalStatus.values()) {
            Goal goal = GoalAsFhir.goal(goal(7, status, "Sleep through the night"), "Alex Morgan");
            assertEquals(lifecycle.get(status), goal.getLifecycleStatus().toCode(), status.name());
            assertEquals(achievement.get(status), goal.hasAchievementStatus()
                    ? goal.getAchievementStatus().getCodingFirstRep().getCode() : null, status.name());
        }
    }

    @Test
    void theGoalIsTheClientsWordsExpressedByThePatientWithAPhq9TargetOnLoinc() {
        Goal goal = GoalAsFhir.goal(goal(7, GoalStatus.AGREED, "Feel less low"), "Alex Morgan");
        assertEquals("goal-7", goal.getIdElement().getIdPart());
        assertEquals("Feel less low", goal.getDescription().getText());
        assertEquals("Patient/client-3", goal.getExpressedBy().getReference());
        Goal.GoalTargetComponent target = goal.getTargetFirstRep();
        assertEquals("44261-6", target.getMeasure().getCodingFirstRep().getCode());
        assertEquals(Quantity.QuantityComparator.LESS_OR_EQUAL, target.getDetailQuantity().getComparator());
        assertEquals(0, new BigDecimal("9").compareTo(target.getDetailQuantity().getValue()));
        assertEquals(2, goal.getExtensionsByUrl(FhirIds.GOAL_OWNER_EXTENSION).size(), "the owning disciplines");
    }

    @Test
    void theAgreementIsAProvenanceWithOneAgentForEachPartyThatAgreed() {
        Provenance agreement = GoalAsFhir.agreement(goal(7, GoalStatus.AGREED, "Feel less low"), "Alex Morgan").orElseThrow();
        assertEquals("agreement-goal-7-r2", agreement.getIdElement().getIdPart());
        assertEquals("Goal/goal-7", agreement.getTargetFirstRep().getReference());
        assertEquals(2, agreement.getAgent().size(), "the client and psychiatry agreed; care management has not yet");
        assertEquals("Patient/client-3", agreement.getAgent().get(0).getWho().getReference());
        assertEquals("priya.patel for psychiatry", agreement.getAgent().get(1).getWho().getDisplay());
        assertTrue(GoalAsFhir.agreement(withoutAnswers(goal(8, GoalStatus.PROPOSED, "Walk more")), "Alex Morgan").isEmpty(),
                "nobody has agreed yet");
    }

    @Test
    void aWithheldGoalIsLeftOutWithItsTasksInOnePlace() {
        GoalView shown = goal(7, GoalStatus.AGREED, "Feel less low");
        GoalView withheld = goal(8, GoalStatus.AGREED, null);
        ReadablePlan readable = new ReadablePlan(new CareTeamView(5, 3, "Alex Morgan", "they/them", List.of()), null,
                new CarePlanView(3, 0, List.of(), List.of("Loves music"), null, false), List.of(shown, withheld),
                List.of(task(1, 7), task(2, 8)), List.of(), List.of(), List.of(), MONDAY);
        Bundle bundle = PlanAsFhir.bundle(readable, "https://alliance.example/fhir");
        List<String> ids = bundle.getEntry().stream().map(entry -> entry.getResource().getIdElement().getIdPart()).toList();
        assertTrue(ids.contains("goal-7"));
        assertFalse(ids.contains("goal-8"), "the withheld goal");
        CarePlan plan = (CarePlan) bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(CarePlan.class::isInstance).findFirst().orElseThrow();
        assertEquals(1, plan.getActivity().size(), "the withheld goal's task is left out too");
        assertEquals(List.of("Goal/goal-7"), plan.getGoal().stream().map(goal -> goal.getReference()).toList());
        assertEquals("https://alliance.example/fhir/Patient/client-3", bundle.getEntryFirstRep().getFullUrl());
    }

    private static GoalView goal(long id, GoalStatus status, String words) {
        return new GoalView(id, 4, 3, status, null, 2, words, "Depressed mood", LifeArea.MENTAL_HEALTH,
                EnumSet.of(Discipline.PSYCHIATRY, Discipline.CARE_MANAGEMENT),
                new GoalView.TargetView("PHQ-9 score", new BigDecimal("9"), Target.Direction.AT_MOST,
                        LocalDate.parse("2026-06-01"), Instrument.PHQ_9),
                List.of(new GoalView.Answer(Party.CLIENT, Response.AGREE, "alex.morgan", null, MONDAY),
                        new GoalView.Answer(Party.PSYCHIATRY, Response.AGREE, "priya.patel", null, MONDAY.plusSeconds(60)),
                        new GoalView.Answer(Party.CARE_MANAGEMENT, null, null, null, null)),
                "priya.patel", MONDAY, Set.of(), words == null);
    }

    private static GoalView withoutAnswers(GoalView goal) {
        return new GoalView(goal.id(), goal.version(), goal.clientId(), goal.status(), null, goal.revision(),
                goal.clientWords(), goal.clinicalFraming(), goal.lifeArea(), goal.owners(), goal.target(),
                List.of(new GoalView.Answer(Party.CLIENT, Response.ASK_FOR_CHANGE, "alex.morgan", "Smaller steps", MONDAY)),
                goal.lastChangedBy(), goal.lastChangedAt(), goal.labels(), goal.withheld());
    }

    private static TaskView task(long id, long goalId) {
        return new TaskView(id, 0, goalId, "the goal's words", "Walk ten minutes", Party.CLIENT, null, null,
                Frequency.DAILY, TaskStatus.OPEN, false, false, false, null);
    }

}
