package care.alliance.web.errors;

import care.alliance.access.AccessRefused;
import care.alliance.access.NotFound;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;

/**
 * Turns the services' refusals into the answers people expect: 403 for "not yours to see", 404
 * for "no such record", each with its own page, which says why, instead of a stack trace.
 */
public class RefusalHandling extends FailureAnswers {

    /**
     * The request attribute that hands the refusal to its error page, which says it in the
     * reader's language once its own view, with the template's locale, is built.
     */
    static final String REFUSAL = "care.alliance.web.refusal";

    public RefusalHandling(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    protected boolean answered(ExceptionQueuedEvent failure) {
        RuntimeException refusal = refusalIn(failure.getContext().getException());
        if (refusal == null) {
            return false;
        }
        send(refusal instanceof AccessRefused ? 403 : 404, refusal);
        return true;
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
