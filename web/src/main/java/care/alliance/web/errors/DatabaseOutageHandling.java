package care.alliance.web.errors;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * Answers a page whose request failed because the database cannot be reached with 503 and the
 * "unavailable for a moment" page, instead of 500 and "something went wrong". Registered in
 * faces-config.xml after {@link RefusalHandling}, so it sees each failure first.
 */
public class DatabaseOutageHandling extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageHandling.class.getName());

    public DatabaseOutageHandling(ExceptionHandlerFactory wrapped) {
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
                DatabaseOutage.reasonIn(failure).ifPresent(reason -> {
                    events.remove();
                    // what kind of failure only: messages of database errors can carry what was written
                    LOG.warning(() -> "The database cannot be reached (" + reason + "); a page answered 503");
                    sendUnavailable();
                });
            }
            getWrapped().handle();
        }

        private static void sendUnavailable() {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            try {
                if (!external.isResponseCommitted()) {
                    // the body so far goes, the headers Alliance sets on every answer stay
                    ((ServletResponse) external.getResponse()).resetBuffer();
                    DatabaseOutage.notice((ServletRequest) external.getRequest());
                    external.setResponseHeader("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
                    external.responseSendError(503, "The database cannot be reached");
                }
                faces.responseComplete();
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
    }
}
