package care.alliance.web.measure;

import care.alliance.access.ServiceWords;
import care.alliance.measure.DueView;
import care.alliance.measure.Instrument;
import care.alliance.measure.MeasureSchedule;
import care.alliance.measure.MeasureService;
import care.alliance.rules.InvalidInput;
import care.alliance.web.forms.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The team sets, on the client's plan, how often the client fills in a questionnaire: every so
 * many weeks, or paused for now.
 */
@Named
@ViewScoped
public class ChangeMeasureSchedule implements Serializable {

    /** How the schedule is to run. */
    public enum How {
        EVERY_WEEKS, PAUSED
    }

    @Inject
    MeasureService measureService;

    private Instrument instrument;
    private How how = How.EVERY_WEEKS;
    private Integer everyWeeks;

    public String change(long clientId) {
        DueView changed = PageMessages.attempt(() -> {
            if (how == How.PAUSED) {
                return measureService.pauseSchedule(clientId, instrument);
            }
            if (everyWeeks == null) {
                throw new InvalidInput(ServiceWords.say("measure.everyWeeksRequired"), MeasureSchedule.EVERY_WEEKS_FIELD);
            }
            return measureService.changeSchedule(clientId, instrument, everyWeeks);
        }, how == How.PAUSED ? "done.schedulePaused" : "done.scheduleChanged");
        return changed == null ? null
                : "/clinician/care-plan?faces-redirect=true&client=" + clientId;
    }

    /** Open when the form came back with a message beside one of its fields, so that the message shows. */
    public boolean isUnfolded() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterable<String> withMessages = faces::getClientIdsWithMessages;
        for (String clientId : withMessages) {
            if (clientId != null && clientId.startsWith("schedule:")) {
                return true;
            }
        }
        return false;
    }

    public Instrument[] getInstruments() {
        return Instrument.values();
    }

    public How[] getHows() {
        return How.values();
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public void setInstrument(Instrument instrument) {
        this.instrument = instrument;
    }

    public How getHow() {
        return how;
    }

    public void setHow(How how) {
        this.how = how;
    }

    public Integer getEveryWeeks() {
        return everyWeeks;
    }

    public void setEveryWeeks(Integer everyWeeks) {
        this.everyWeeks = everyWeeks;
    }
}
