package care.alliance.web.forms;

import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/**
 * The words a field says when what was typed into it cannot be taken, in the reader's language:
 * the application's message bundle ({@code care/alliance/web/fields*.properties}), which also
 * rewords Faces' own conversion and validation messages.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static String text(FacesContext faces, String key) {
        return ResourceBundle.getBundle(faces.getApplication().getMessageBundle(), faces.getViewRoot().getLocale(),
                FieldMessages.class.getClassLoader()).getString(key);
    }
}
