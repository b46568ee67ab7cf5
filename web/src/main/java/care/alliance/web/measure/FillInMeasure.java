package care.alliance.web.measure;

import care.alliance.access.NotFound;
import care.alliance.access.ServiceWords;
import care.alliance.measure.Difficulty;
import care.alliance.measure.Instrument;
import care.alliance.measure.MeasureResultView;
import care.alliance.measure.MeasureService;
import care.alliance.team.CareTeamService;
import care.alliance.web.forms.MessagesAfterRedirect;
import care.alliance.web.forms.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The client fills in a PHQ-9 or GAD-7 in the portal: every item answered (a missing one is said
 * beside it, and nothing is saved), and, after an answer above zero to PHQ-9 item 9, the clinic's
 * crisis resources at once, and again on the plan the client goes on to.
 */
@Named
@ViewScoped
public class FillInMeasure implements Serializable {

    /** The notice that tells the plan, the page sent to next, to show the crisis resources (my-plan.xhtml). */
    public static final String CRISIS_RESOURCES = "crisisResources";

    @Inject
    MeasureService measureService;

    @Inject
    CareTeamService careTeamService;

    private String instrumentName;
    private Instrument instrument;
    private long clientId;
    private List<Integer> answers;
    private Difficulty difficulty;

    /** The view action: the client's own plan, and the questionnaire the address names (404 for another). */
    public void load() {
        instrument = Arrays.stream(Instrument.values()).filter(known -> known.name().equals(instrumentName))
                .findFirst().orElseThrow(() -> new NotFound(ServiceWords.say("notFound.record")));
        clientId = careTeamService.myCareTeam().clientId();
        if (answers == null) {
            answers = new ArrayList<>(Collections.nCopies(instrument.itemCount(), null));
        }
    }

    /**
     * Saves the answers and goes on to the client's plan, which shows the crisis resources again
     * when the answers raised a safety flag.
     */
    public String send() {
        MeasureResultView sent = PageMessages.attempt(() -> measureService.fillIn(clientId, instrument, answers,
                difficulty), "done.portal.measure");
        if (sent == null) {
            return null;
        }
        if (sent.raisedSafetyFlag()) {
            MessagesAfterRedirect.notice(FacesContext.getCurrentInstance(), CRISIS_RESOURCES);
        }
        return "/portal/my-plan?faces-redirect=true";
    }

    /** Whether the crisis resources are shown: as soon as item 9 of a PHQ-9 is answered above zero. */
    public boolean isCrisisResourcesShown() {
        if (loaded().instrument != Instrument.PHQ_9 || answers == null) {
            return false;
        }
        Integer item9 = answers.get(Instrument.SAFETY_ITEM - 1);
        return item9 != null && item9 > 0;
    }

    public List<Integer> getItemNumbers() {
        return IntStream.rangeClosed(1, loaded().instrument.itemCount()).boxed().toList();
    }

    public String getInstrumentName() {
        return instrumentName;
    }

    public void setInstrumentName(String instrumentName) {
        this.instrumentName = instrumentName;
    }

    public Instrument getInstrument() {
        return loaded().instrument;
    }

    public List<Integer> getAnswers() {
        return loaded().answers;
    }

    /** Loads again when this bean was made anew mid-request (see RecordNumber.inAddress). */
    private FillInMeasure loaded() {
        if (instrument == null) {
            instrumentName = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                    .get("instrument");
            load();
        }
        return this;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(Difficulty difficulty) {
        this.difficulty = difficulty;
    }

    public String getDifficultyQuestion() {
        return Instrument.DIFFICULTY_QUESTION;
    }
}
