package care.alliance.web.measure;

import care.alliance.access.NotFound;
import care.alliance.access.ServiceWords;
import care.alliance.measure.Difficulty;
import care.alliance.measure.Instrument;
import care.alliance.measure.MeasureResultView;
import care.alliance.measure.MeasureService;
import care.alliance.team.CareTeamService;
import care.alliance.web.forms.PageMessages;
import care.alliance.web.layout.RecordNumber;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A clinician of the team enters a PHQ-9 or GAD-7 the client filled in on paper: every answer as
 * the client gave it (a missing or unknown one is said beside it, and nothing is saved), the day
 * the client filled it in (never later than today), and the record says it came from paper and who
 * entered it. Item 9 above zero raises the safety flag for the team, as in the portal.
 */
@Named
@ViewScoped
public class EnterFromPaper implements Serializable {

    @Inject
    MeasureService measureService;

    @Inject
    CareTeamService careTeamService;

    private String client;
    private String instrumentName;
    private long clientId;
    private String clientName;
    private Instrument instrument;
    private List<Integer> answers;
    private Difficulty difficulty;
    private LocalDate completedOn;

    /** The view action: the client's team (403 when not the caller's) and the questionnaire the address names (404 for another). */
    public void load() {
        instrument = Arrays.stream(Instrument.values()).filter(known -> known.name().equals(instrumentName))
                .findFirst().orElseThrow(() -> new NotFound(ServiceWords.say("notFound.record")));
        clientId = RecordNumber.parse(client);
        clientName = careTeamService.careTeamOf(clientId).clientName();
        if (answers == null) {
            answers = new ArrayList<>(Collections.nCopies(instrument.itemCount(), null));
        }
    }

    /** Saves the answers and goes back to the plan, at the top of which a flag it raised shows. */
    public String send() {
        MeasureResultView entered = PageMessages.attempt(() -> measureService.enterFromPaper(clientId, instrument,
                answers, difficulty, completedOn), "done.paperMeasure");
        if (entered == null) {
            return null;
        }
        return "/clinician/care-plan?faces-redirect=true&client=" + clientId;
    }

    /** Loads again when this bean was made anew mid-request (see RecordNumber.inAddress). */
    private EnterFromPaper loaded() {
        if (instrument == null) {
            var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            client = parameters.get("client");
            instrumentName = parameters.get("instrument");
            load();
        }
        return this;
    }

    public List<Integer> getItemNumbers() {
        return IntStream.rangeClosed(1, loaded().instrument.itemCount()).boxed().toList();
    }

    public String getDifficultyQuestion() {
        return Instrument.DIFFICULTY_QUESTION;
    }

    public Instrument getInstrument() {
        return loaded().instrument;
    }

    public long getClientId() {
        return loaded().clientId;
    }

    public String getClientName() {
        return loaded().clientName;
    }

    public List<Integer> getAnswers() {
        return loaded().answers;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public String getInstrumentName() {
        return instrumentName;
    }

    public void setInstrumentName(String instrumentName) {
        this.instrumentName = instrumentName;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(Difficulty difficulty) {
        this.difficulty = difficulty;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }
}
