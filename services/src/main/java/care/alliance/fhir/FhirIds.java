package care.alliance.fhir;

import care.alliance.goal.Party;
import care.alliance.team.Discipline;
import java.util.Locale;
import org.hl7.fhir.r4.model.Reference;

/**
 * The stable ids of exported resources ("goal-12"), the same in every export of the plan, and the
 * references between them inside one Bundle.
 */
final class FhirIds {

    /** Alliance's own code systems and extensions, named under one base. */
    static final String BASE = "https://alliance.care/fhir";
    static final String DISCIPLINE_SYSTEM = BASE + "/CodeSystem/discipline";
    static final String GOAL_OWNER_EXTENSION = BASE + "/StructureDefinition/goal-owner";
    static final String LOINC = "http://loinc.org";

    private FhirIds() {
    }

    static String patient(long clientId) {
        return "client-" + clientId;
    }

    static Reference patientReference(long clientId, String name) {
        return new Reference("Patient/" + patient(clientId)).setDisplay(name);
    }

    static String careTeam(long teamId) {
        return "careteam-" + teamId;
    }

    static String carePlan(long clientId) {
        return "careplan-" + clientId;
    }

    static String goal(long goalId) {
        return "goal-" + goalId;
    }

    static Reference goalReference(long goalId) {
        return new Reference("Goal/" + goal(goalId));
    }

    static String agreement(long goalId, int revision) {
        return "agreement-goal-" + goalId + "-r" + revision;
    }

    static String questionnaireResponse(long resultId) {
        return "measure-" + resultId;
    }

    static String observation(long resultId, String part) {
        return "measure-" + resultId + "-" + part;
    }

    static String discipline(Discipline discipline) {
        return switch (discipline) {
            case PSYCHIATRY -> "Psychiatry";
            case PRIMARY_CARE -> "Primary care";
            case PSYCHOTHERAPY -> "Psychotherapy";
            case CARE_MANAGEMENT -> "Care management";
        };
    }

    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String party(Party party) {
        // Every party but the client is named after its discipline.
        return party == Party.CLIENT ? "Client" : discipline(Discipline.valueOf(party.name()));
    }
}
