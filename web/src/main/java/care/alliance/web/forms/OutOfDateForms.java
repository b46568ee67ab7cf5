package care.alliance.web.forms;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;

/**
 * A form whose state Alliance no longer has, or never gave out (an old tab, a session that ended,
 * a state field tampered with or sent from another site), is not a failure: nothing of it is
 * applied, and the person gets their page again, freshly loaded and saying why, with what they
 * typed still in it where the form came from Alliance's own pages. {@link FormReload} reloads
 * the page once this handler has set the form aside; an ajax request is sent to the page anew.
 */
public class OutOfDateForms extends ExceptionHandlerFactory {

    /** The request attribute that asks {@link FormReload} to load the page again. */
    static final String RELOAD = "care.alliance.web.formOutOfDate";

    public OutOfDateForms(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEvent event = events.next();
                FacesContext faces = event.getContext().getContext();
                if (event.getContext().getPhaseId() == PhaseId.RESTORE_VIEW && isFormSent(faces)) {
                    events.remove();
                    setAside(faces);
                }
            }
            getWrapped().handle();
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
}
