package care.alliance.web.errors;

import care.alliance.access.AccessRefused;
import care.alliance.access.NotFound;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * Turns the services' refusals into the answers people expect: 403 for "not yours to see", 404
 * for "no such record", each with its own page, which says why, instead of a stack trace.
 */
public class RefusalHandling extends ExceptionHandlerFactory {

    /**
     * The request attribute that hands the refusal to its error page, which says it in the
     * reader's language once its own view, with the template's locale, is built.
     */
    static final String REFUSAL = "care.alliance.web.refusal";

    public RefusalHandling(ExceptionHandlerFactory wrapped) {
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
                RuntimeException refusal = refusalIn(events.next().getContext().getException());
                if (refusal != null) {
                    events.remove();
                    send(refusal instanceof AccessRefused ? 403 : 404, refusal);
                }
            }
            getWrapped().handle();
        }

        private static RuntimeException refusalIn(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof AccessRefused || cause instanceof NotFound) {
                    return (RuntimeException) cause;
                }
            }
            return null;
        }

        private static void send(int status, RuntimeException refusal) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            try {
                if (!external.isResponseCommitted()) {
                    external.responseReset();
                    external.getRequestMap().put(REFUSAL, refusal);
                    external.responseSendError(status, refusal.getMessage());
                }
                faces.responseComplete();
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
    }
}
