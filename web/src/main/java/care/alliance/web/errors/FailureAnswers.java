package care.alliance.web.errors;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * Faces' handling of failures, with some of them answered the way people expect (a refusal, a
 * database that is away, a form that is out of date) instead of as "something went wrong". Each
 * kind is a subclass registered in faces-config.xml; the last one registered sees a failure first.
 */
public abstract class FailureAnswers extends ExceptionHandlerFactory {

    protected FailureAnswers(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    /**
     * Answers the failure and says so, or says false to leave it to the answers registered before
     * and, in the end, to Faces' error page.
     */
    protected abstract boolean answered(ExceptionQueuedEvent failure);

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExceptionHandlerWrapper(getWrapped().getExceptionHandler()) {
            @Override
            public void handle() {
                Iterator<ExceptionQueuedEvent> failures = getUnhandledExceptionQueuedEvents().iterator();
                while (failures.hasNext()) {
                    if (answered(failures.next())) {
                        failures.remove();
                    }
                }
                getWrapped().handle();
            }
        };
    }
}
