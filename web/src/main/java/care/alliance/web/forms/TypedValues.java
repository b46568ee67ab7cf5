package care.alliance.web.forms;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Map;

/**
 * What a person had typed into a form that was out of date, put back into the same fields of the
 * page loaded afresh, not yet saved: they check it and send it again. The page says so at the top.
 */
public record TypedValues(Map<String, String[]> byField) {

    static final String ATTRIBUTE = "care.alliance.web.typedValues";

    /** Puts the typed values back once the reloaded page's fields exist, just before it is written. */
    public static class PutBack implements SystemEventListener {

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof UIViewRoot;
        }

        @Override
        public void processEvent(SystemEvent event) throws AbortProcessingException {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (!(faces.getExternalContext().getRequestMap().remove(ATTRIBUTE) instanceof TypedValues typed)) {
                return;
            }
            UIViewRoot view = (UIViewRoot) event.getSource();
            int putBack = 0;
            for (Map.Entry<String, String[]> field : typed.byField().entrySet()) {
                if (fieldOf(view, field.getKey()) instanceof EditableValueHolder input) {
                    input.setSubmittedValue(input instanceof UISelectMany ? field.getValue() : field.getValue()[0]);
                    putBack++;
                }
            }
            String words = PageMessages.text(faces, putBack > 0 ? "page.formOutOfDate.kept" : "page.formOutOfDate");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, words, null));
        }

        private static UIComponent fieldOf(UIViewRoot view, String clientId) {
            try {
                return view.findComponent(clientId);
            } catch (IllegalArgumentException notAFieldOfThisPage) {
                return null;
            }
        }
    }
}
