package care.alliance.web.headers;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.util.Constants;

/**
 * With its CSP support on, PrimeFaces takes a form back only with the page's nonce in it, which its
 * script puts into each form when the page loads; a form sent without (a browser that runs no
 * script) failed while its page was being rendered, after the form had been applied. So every
 * form carries the nonce from the server, beside its state, as PrimeFaces' script would put it,
 * and {@link CheckedFirst} checks it before anything of a form is applied: a form without the
 * nonce, or with another page's, is out of date, reloaded as OutOfDateForms does.
 */
public class FormsCarryTheNonce extends ViewHandlerWrapper {

    public FormsCarryTheNonce(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void writeState(FacesContext faces) throws IOException {
        if (cspIsOn(faces)) {
            ResponseWriter writer = faces.getResponseWriter();
            writer.startElement("input", null);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", Constants.RequestParams.NONCE_PARAM, null);
            writer.writeAttribute("value", PrimeFacesContext.getCspState(faces).getNonce(), null);
            writer.endElement("input");
        }
        super.writeState(faces);
    }

    private static boolean cspIsOn(FacesContext faces) {
        return PrimeApplicationContext.getCurrentInstance(faces).getConfig().isCsp();
    }

    /**
     * Asks for the nonce as soon as the form's page is restored: PrimeFaces compares the form's with
     * the page's then, and its refusal is a failure of restoring the page, which OutOfDateForms
     * answers, instead of one of rendering it after the form was saved.
     */
    public static class CheckedFirst implements PhaseListener {

        private static final long serialVersionUID = 1L;

        @Override
        public void afterPhase(PhaseEvent event) {
            FacesContext faces = event.getFacesContext();
            if (faces.isPostback() && faces.getViewRoot() != null && cspIsOn(faces)) {
                PrimeFacesContext.getCspState(faces).getNonce();
            }
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            // the nonce can be compared only once the page is restored
        }

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }
    }
}
