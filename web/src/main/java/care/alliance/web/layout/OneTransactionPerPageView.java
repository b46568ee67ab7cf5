package care.alliance.web.layout;

import care.alliance.audit.PageViewTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Runs all the view actions of a page shown by GET in one transaction, which the services join:
 * the page reads the client's team once and writes its audit events as one batch
 * ({@link PageViewTransaction}). The page is rendered after it ends, so no connection is held while
 * the markup is written. A form's action (a postback) keeps the transactions of its services.
 */
public class OneTransactionPerPageView implements PhaseListener {

    private static final String OPEN = OneTransactionPerPageView.class.getName();

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.INVOKE_APPLICATION;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback()) {
            faces.getAttributes().put(OPEN, CDI.current().select(PageViewTransaction.class).get().begin());
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getAttributes().remove(OPEN) instanceof PageViewTransaction.Open open) {
            // a view action that threw has its failure queued for the exception handlers, which run after this
            open.end(faces.getExceptionHandler().getUnhandledExceptionQueuedEvents().iterator().hasNext());
        }
    }
}
