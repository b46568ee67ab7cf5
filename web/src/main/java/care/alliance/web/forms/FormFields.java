package care.alliance.web.forms;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finds, in the form a person submitted, the field a refusal of the rules is about. The rules name
 * a field by its term ({@code goalClientWords}); pages give their fields shorter ids, and this is
 * where the two meet. A field whose id is its term needs no entry.
 */
final class FormFields {

    private static final Map<String, List<String>> IDS_OF_TERM = Map.ofEntries(
            Map.entry("goalClientWords", List.of("clientWords")),
            Map.entry("clinicalFraming", List.of("framing")),
            Map.entry("changeWanted", List.of("comment")),
            Map.entry("declineReason", List.of("comment")),
            Map.entry("changeReason", List.of("reason")),
            Map.entry("pauseReason", List.of("reason")),
            Map.entry("discontinueReason", List.of("reason")),
            Map.entry("taskDescription", List.of("description")),
            Map.entry("note", List.of("body", "note")),
            Map.entry("strength", List.of("text")),
            Map.entry("concernWords", List.of("words")),
            Map.entry("clinicalSummary", List.of("summary")),
            Map.entry("allianceComment", List.of("comment")),
            Map.entry("measuredValue", List.of("value")),
            Map.entry("taskDue", List.of("due")),
            Map.entry("taskFor", List.of("for")),
            Map.entry("reviewDate", List.of("on")),
            Map.entry("clientReachedAt", List.of("reachedOn")),
            Map.entry("followUpOutcome", List.of("outcome")),
            Map.entry("whatWasAdapted", List.of("answerWords")),
            Map.entry("declineWhy", List.of("answerWords")),
            Map.entry("acceptNote", List.of("answerWords")),
            Map.entry("recommendationAnswer", List.of("answerWords")));

    private FormFields() {
    }

    /** The input of the submitted form that holds the rules' field, if that form has one. */
    static Optional<UIComponent> inSubmittedForm(FacesContext faces, String term) {
        return submittedForm(faces).flatMap(form -> IDS_OF_TERM.getOrDefault(term, List.of(term)).stream()
                .map(id -> form.findComponent(id))
                .filter(component -> component instanceof EditableValueHolder && component.isRendered())
                .findFirst());
    }

    private static Optional<UIForm> submittedForm(FacesContext faces) {
        AtomicReference<UIForm> submitted = new AtomicReference<>();
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof UIForm form && form.isSubmitted()) {
                submitted.set(form);
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return Optional.ofNullable(submitted.get());
    }
}
