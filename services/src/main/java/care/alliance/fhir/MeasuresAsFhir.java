package care.alliance.fhir;

import care.alliance.goal.Party;
import care.alliance.measure.Instrument;
import care.alliance.measure.MeasureResultView;
import care.alliance.measure.ScoreView;
import care.alliance.measure.Severity;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * PHQ-9 and GAD-7 as FHIR: the answers item by item as a QuestionnaireResponse, and the scores as
 * Observations with their LOINC codes — the panel, the total with its severity band, and PHQ-9's
 * item 9 on its own, as safety screening reads it. The client's own export carries their totals
 * and bands only, as their portal shows them.
 */
final class MeasuresAsFhir {

    static final String CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String PHQ_9_ITEM_9_DISPLAY = "Thoughts that you would be better off dead, or of hurting yourself in some way";

    private MeasuresAsFhir() {
    }

    /** The questionnaire with its answers, its panel, total and (PHQ-9) item 9, as the team reads them. */
    static List<Resource> of(MeasureResultView result, String clientName) {
        Reference client = FhirIds.patientReference(result.clientId(), clientName);
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(FhirIds.questionnaireResponse(result.id()));
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(client);
        response.setAuthoredElement(new DateTimeType(result.completedOn().toString()));
        if (result.recordedByParty() == Party.CLIENT) {
            response.setAuthor(client.copy());
            response.setSource(client.copy());
        } else {
            response.setAuthor(new Reference().setDisplay(result.recordedBy()));
            response.setSource(client.copy());
        }
        Instrument instrument = result.instrument();
        for (int number = 1; number <= result.answers().size(); number++) {
            response.addItem().setLinkId(Integer.toString(number)).setText(instrument.item(number))
                    .addAnswer().setValue(new IntegerType(result.answers().get(number - 1)));
        }
        Reference derivedFrom = new Reference("QuestionnaireResponse/" + response.getIdElement().getIdPart());

        List<Resource> resources = new ArrayList<>(List.of(response));
        Observation total = total(FhirIds.observation(result.id(), "total"), instrument, result.completedOn().toString(),
                result.total(), result.severity(), client);
        total.addDerivedFrom(derivedFrom);
        Observation panel = observation(FhirIds.observation(result.id(), "panel"), instrument.panelLoinc(),
                panelDisplay(instrument), result.completedOn().toString(), client);
        panel.addDerivedFrom(derivedFrom.copy());
        panel.addHasMember(new Reference("Observation/" + total.getIdElement().getIdPart()));
        resources.add(panel);
        resources.add(total);
        if (instrument == Instrument.PHQ_9) {
            Observation item9 = observation(FhirIds.observation(result.id(), "item9"), Instrument.SAFETY_ITEM_LOINC,
                    PHQ_9_ITEM_9_DISPLAY, result.completedOn().toString(), client);
            item9.setValue(new IntegerType(result.answers().get(Instrument.SAFETY_ITEM - 1)));
            item9.addDerivedFrom(derivedFrom.copy());
            panel.addHasMember(new Reference("Observation/" + item9.getIdElement().getIdPart()));
            resources.add(item9);
        }
        return resources;
    }

    /** A score the client reads in their portal: the total and its band on the day. */
    static Observation of(ScoreView score, int position, long clientId, String clientName) {
        String id = "score-" + FhirIds.code(score.instrument()) + "-" + score.completedOn() + "-" + position;
        return total(id, score.instrument(), score.completedOn().toString(), score.total(), score.severity(),
                FhirIds.patientReference(clientId, clientName));
    }

    private static Observation total(String id, Instrument instrument, String on, int value, Severity severity,
            Reference client) {
        Observation total = observation(id, instrument.totalLoinc(), totalDisplay(instrument), on, client);
        total.setValue(new IntegerType(value));
        total.addInterpretation(new CodeableConcept().setText(band(severity)));
        return total;
    }

    private static Observation observation(String id, String loinc, String display, String on, Reference client) {
        Observation observation = new Observation();
        observation.setId(id);
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(new Coding(CATEGORY_SYSTEM, "survey", "Survey")));
        observation.setCode(new CodeableConcept(new Coding(FhirIds.LOINC, loinc, display)).setText(display));
        observation.setSubject(client.copy());
        observation.setEffective(new DateTimeType(on));
        return observation;
    }

    static String totalDisplay(Instrument instrument) {
        return instrument == Instrument.PHQ_9 ? "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"
                : "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]";
    }

    static String panelDisplay(Instrument instrument) {
        return instrument == Instrument.PHQ_9 ? "PHQ-9 quick depression assessment panel [Reported.PHQ]"
                : "Generalized anxiety disorder 7 item (GAD-7)";
    }

    /** The severity band in words, as the scale's authors name it. */
    static String band(Severity severity) {
        return switch (severity) {
            case MINIMAL -> "Minimal";
            case MILD -> "Mild";
            case MODERATE -> "Moderate";
            case MODERATELY_SEVERE -> "Moderately severe";
            case SEVERE -> "Severe";
        };
    }
}
