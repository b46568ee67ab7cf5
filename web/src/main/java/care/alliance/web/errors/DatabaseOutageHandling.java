package care.alliance.web.errors;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Answers a page whose request failed because the database cannot be reached with 503 and the
 * "unavailable for a moment" page, instead of 500 and "something went wrong". Registered in
 * faces-config.xml after {@link RefusalHandling}, so it sees each failure first.
 */
public class DatabaseOutageHandling extends FailureAnswers {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageHandling.class.getName());

    public DatabaseOutageHandling(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    protected boolean answered(ExceptionQueuedEvent failure) {
        return DatabaseOutage.reasonIn(failure.getContext().getException()).map(reason -> {
            // what kind of failure only: messages of database errors can carry what was written
            LOG.warning(() -> "The database cannot be reached (" + reason + "); a page answered 503");
            sendUnavailable();
            return true;
        }).orElse(false);
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
