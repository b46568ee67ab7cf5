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
 * for "no such record", each with its own page instead of a stack trace.
 */
public class RefusalHandling extends ExceptionHandlerFactory {

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
                Throwable failure = events.next().getContext().getException();
                Integer status = statusFor(failure);
                if (status != null) {
                    events.remove();
                    send(status, failure);
                }
            }
            getWrapped().handle();
        }

        private static Integer statusFor(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof AccessRefused) {
                    return 403;
                }
                if (cause instanceof NotFound) {
                    return 404;
                }
            }
            return null;
        }

        private static void send(int status, Throwable failure) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            try {
                if (!external.isResponseCommitted()) {
                    external.responseReset();
                    external.responseSendError(status, rootMessage(failure));
                }
                faces.responseComplete();
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }

        private static String rootMessage(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof AccessRefused || cause instanceof NotFound) {
                    return cause.getMessage();
                }
            }
            return failure.getMessage();
        }
    }
}
