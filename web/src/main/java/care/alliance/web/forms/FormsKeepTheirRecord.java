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
 */
public class FormsKeepTheirRecord extends ViewHandlerWrapper {

    public FormsKeepTheirRecord(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext faces, String viewId) {
        String page = super.getActionURL(faces, viewId);
        UIViewRoot view = faces.getViewRoot();
        if (view == null || !viewId.equals(view.getViewId())) {
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
