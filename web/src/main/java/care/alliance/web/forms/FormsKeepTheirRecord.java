package care.alliance.web.forms;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form is sent to its page's own address, record number included
 * ({@code goal.xhtml?goal=5}), not to the bare page: so the address names the goal even when the
 * form's state is gone, and the page can be reloaded for the same goal (see {@link OutOfDateForms}).
 * A link is not a form: it names what it leads to with its own parameters, so a list's link to
 * its own next page or other order ({@code caseload.xhtml?sort=…&page=2}) does not carry the
 * address it was shown at, whose values would come first and win.
 */
public class FormsKeepTheirRecord extends ViewHandlerWrapper {

    private static final String MAKING_A_LINK = FormsKeepTheirRecord.class.getName() + ".link";

    public FormsKeepTheirRecord(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getBookmarkableURL(FacesContext faces, String viewId, Map<String, List<String>> parameters,
            boolean includeViewParams) {
        // Faces builds a link's address on the form's action address
        faces.getAttributes().put(MAKING_A_LINK, Boolean.TRUE);
        try {
            return super.getBookmarkableURL(faces, viewId, parameters, includeViewParams);
        } finally {
            faces.getAttributes().remove(MAKING_A_LINK);
        }
    }

    @Override
    public String getActionURL(FacesContext faces, String viewId) {
        String page = super.getActionURL(faces, viewId);
        UIViewRoot view = faces.getViewRoot();
        if (view == null || !viewId.equals(view.getViewId()) || faces.getAttributes().containsKey(MAKING_A_LINK)) {
            return page;
        }
        Collection<UIViewParameter> parameters = ViewMetadata.getViewParameters(view);
        Map<String, List<String>> record = new LinkedHashMap<>();
        for (UIViewParameter parameter : parameters) {
            String value = parameter.getStringValue(faces);
            if (value != null && !value.isEmpty()) {
                record.put(parameter.getName(), List.of(value));
            }
        }
        return record.isEmpty() ? page : faces.getExternalContext().encodeBookmarkableURL(page, record);
    }
}
