package care.alliance.web.forms;

import care.alliance.web.errors.FailureAnswers;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * A form whose state Alliance no longer has, or never gave out (an old tab, a session that ended,
 * a state field tampered with or sent from another site), is not a failure: nothing of it is
 * applied, and the person gets their page again, freshly loaded and saying why, with what they
 * typed still in it where the form came from Alliance's own pages. {@link FormReload} reloads
 * the page once this handler has set the form aside; an ajax request is sent to the page anew.
 */
public class OutOfDateForms extends FailureAnswers {

    /** The request attribute that asks {@link FormReload} to load the page again. */
    static final String RELOAD = "care.alliance.web.formOutOfDate";

    public OutOfDateForms(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    protected boolean answered(ExceptionQueuedEvent failure) {
        FacesContext faces = failure.getContext().getContext();
        if (failure.getContext().getPhaseId() != PhaseId.RESTORE_VIEW || !isFormSent(faces)) {
            return false;
        }
        setAside(faces);
        return true;
    }

    private static boolean isFormSent(FacesContext faces) {
        return faces.getExternalContext().getRequestParameterMap().containsKey(ResponseStateManager.VIEW_STATE_PARAM);
    }

    private static void setAside(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            if (faces.getPartialViewContext().isAjaxRequest()) {
                String page = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                external.redirect(page);
            } else {
                request.setAttribute(RELOAD, Boolean.TRUE);
            }
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }
}
