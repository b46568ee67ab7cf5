package care.alliance.web.measure;

import care.alliance.measure.FollowUpOutcome;
import care.alliance.measure.Instrument;
import care.alliance.measure.MeasureService;
import care.alliance.measure.MeasuresView;
import care.alliance.measure.SafetyFlagView;
import care.alliance.measure.ScoreView;
import care.alliance.web.forms.PageMessages;
import care.alliance.web.layout.RecordNumber;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The client's measures on the team's plan, with an open safety flag first of all; the scores of
 * the recent months are shown, every one on request.
 */
@Named
@ViewScoped
public class ClientSafety implements Serializable {

    @Inject
    MeasureService measureService;

    private long clientId;
    /** Whether the reader asked for every score (the address's {@code allScores=true}), not only the recent months'. */
    private boolean everyScore;
    private MeasuresView measures;
    private LocalDate reachedOn;
    private LocalTime reachedTime;
    private String assessment;
    private FollowUpOutcome outcome;

    public void load(long clientId) {
        this.clientId = clientId;
        measures = everyScore ? measureService.measuresOf(clientId) : measureService.recentMeasuresOf(clientId);
    }

    /** Logs the follow-up of the open flag; the moment the client was reached is in the clinic's time zone. */
    public String logFollowUp(SafetyFlagView flag) {
        Instant reached = reachedOn == null || reachedTime == null ? null
                : reachedOn.atTime(reachedTime).atZone(ZoneId.systemDefault()).toInstant();
        SafetyFlagView closed = PageMessages.attempt(() -> measureService.closeSafetyFlag(flag.id(), flag.version(),
                reached, assessment, outcome), "done.followUp");
        return closed == null ? null : "/clinician/care-plan?faces-redirect=true&client=" + clientId;
    }

    public FollowUpOutcome[] getOutcomes() {
        return FollowUpOutcome.values();
    }

    public boolean isEveryScore() {
        return everyScore;
    }

    public void setEveryScore(boolean everyScore) {
        this.everyScore = everyScore;
    }

    /** How many months of scores the plan shows unless the reader asks for every one. */
    public int getRecentMonths() {
        return MeasureService.RECENT_MONTHS;
    }

    public Optional<SafetyFlagView> getOpenFlag() {
        return loaded().measures.openSafetyFlag();
    }

    public MeasuresView getMeasures() {
        return loaded().measures;
    }

    /** Each questionnaire the client has scores of, over time, for the plan's charts. */
    public List<MeasureChart> getCharts() {
        List<ScoreView> scores = loaded().measures.results().stream()
                .map(result -> new ScoreView(result.instrument(), result.completedOn(), result.total(), result.severity()))
                .toList();
        return Arrays.stream(Instrument.values()).map(instrument -> new MeasureChart(instrument, scores))
                .filter(chart -> !chart.isEmpty()).toList();
    }

    /** Loads again when this bean was made anew mid-request (see RecordNumber.inAddress). */
    private ClientSafety loaded() {
        if (measures == null) {
            everyScore = RecordNumber.flagInAddress("allScores");
            load(RecordNumber.inAddress("client"));
        }
        return this;
    }

    /** How long a flag has been open, in days, hours and minutes: 2 d 3 h, 3 h 20 min, 5 min. */
    public String openFor(SafetyFlagView flag) {
        Duration open = flag.timeOpen();
        if (open.toDays() > 0) {
            return open.toDays() + " d " + open.toHoursPart() + " h";
        }
        if (open.toHours() > 0) {
            return open.toHours() + " h " + open.toMinutesPart() + " min";
        }
        return open.toMinutes() + " min";
    }

    public LocalDate getReachedOn() {
        return reachedOn;
    }

    public void setReachedOn(LocalDate reachedOn) {
        this.reachedOn = reachedOn;
    }

    public LocalTime getReachedTime() {
        return reachedTime;
    }

    public void setReachedTime(LocalTime reachedTime) {
        this.reachedTime = reachedTime;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public FollowUpOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(FollowUpOutcome outcome) {
        this.outcome = outcome;
    }
}
